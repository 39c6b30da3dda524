package org.tandem.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** What the territory dialog holds: a new node of the sales map, or the changes to one. */
public class TerritoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9-]+", message = "{tandem.territory.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private TerritoryLevel level = TerritoryLevel.TERRITORY;

    private Long parentId;

    // an array, not a List, so that the checkboxes convert their values to Long by the element type
    private Long[] memberIds = {};

    public static TerritoryForm of(Territory territory, Collection<Long> memberIds) {
        TerritoryForm form = new TerritoryForm();
        form.id = territory.getId();
        form.version = territory.getVersion();
        form.code = territory.getCode();
        form.name = territory.getName();
        form.level = territory.getLevel();
        form.parentId = territory.getParent() == null ? null : territory.getParent().getId();
        form.memberIds = memberIds.toArray(Long[]::new);
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Regions hang under nothing; every other level has a parent to choose. */
    public boolean isParentNeeded() {
        return level != null && level.parentLevel() != null;
    }

    public Set<Long> memberIdSet() {
        return Arrays.stream(memberIds).collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TerritoryLevel getLevel() {
        return level;
    }

    public void setLevel(TerritoryLevel level) {
        this.level = level;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long[] getMemberIds() {
        return memberIds.clone();
    }

    public void setMemberIds(Long[] memberIds) {
        this.memberIds = memberIds == null ? new Long[0] : memberIds.clone();
    }
}
