package org.tandem.web.shell;

import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A table's paging, sorting and filtering reach the session bean as one page request. */
class PagedListTest {

    private final List<PageRequest> asked = new ArrayList<>();
    private final PagedList<String> names = new PagedList<>(request -> {
        asked.add(request);
        return new Page<>(List.of("bo_wen", "lina"), 27);
    }, name -> name.length());

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).matchMode(MatchMode.CONTAINS).build();
    }

    @Test
    void aSortedFilteredPageBecomesOneRequestAndItsTotalTheRowCount() {
        List<String> rows = names.load(20, 10,
                Map.of("displayName", SortMeta.builder().field("displayName").order(SortOrder.DESCENDING).build()),
                Map.of("username", filter("username", "bo"), "role", filter("role", "SALES_REP")));

        assertEquals(List.of(new PageRequest(20, 10, "displayName", false, Map.of("username", "bo", "role", "SALES_REP"))),
                asked);
        assertEquals(List.of("bo_wen", "lina"), rows);
        assertEquals(27, names.getRowCount());
    }

    @Test
    void emptyFiltersAndUnsortedColumnsAreLeftOut() {
        names.load(0, 25,
                Map.of("username", SortMeta.builder().field("username").order(SortOrder.UNSORTED).build()),
                Map.of("username", filter("username", "  "), "enabled", filter("enabled", null)));

        PageRequest request = asked.get(0);
        assertNull(request.sortField());
        assertEquals(Map.of(), request.filters());
    }

    @Test
    void theCountAsksForOneRowWithTheSameFilters() {
        int total = names.count(Map.of("enabled", filter("enabled", "false")));

        assertEquals(27, total);
        assertEquals(new PageRequest(0, 1, null, true, Map.of("enabled", "false")), asked.get(0));
    }

    @Test
    void aRowIsFoundAgainByItsKeyAmongTheRowsOnShow() {
        names.setWrappedData(names.load(0, 10, Map.of(), Map.of()));

        assertEquals("lina", names.getRowData("4"));
        assertNull(names.getRowData("99"));
    }
}
