package org.tandem.web.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.segment.boundary.Segments;
import org.tandem.segment.entity.Segment;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Marketing's segments, each with its live member count. */
@Named
@ViewScoped
public class SegmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Segments segments;

    private PagedList<Segment> list;
    private final Map<Long, Long> counts = new HashMap<>();

    @PostConstruct
    void init() {
        list = new PagedList<>(request -> {
            counts.clear();
            return segments.find(request);
        }, Segment::getId);
    }

    /** Counted once per row and page shown: the count is live, so it is never kept longer than the request. */
    public long members(Segment segment) {
        return counts.computeIfAbsent(segment.getId(), segments::memberCount);
    }

    public PagedList<Segment> getList() {
        return list;
    }
}
