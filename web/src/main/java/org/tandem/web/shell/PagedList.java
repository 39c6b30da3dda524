package org.tandem.web.shell;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table's rows read page by page from a session bean: PrimeFaces' paging, sorting and column filters become
 * a {@link PageRequest}, so the database does the work. Sort and filter keys are the columns' {@code field}
 * names, which must be the names the session bean's list documents.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of the list; serialisable, since the view that keeps it may be. */
    @FunctionalInterface
    public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    /** The key that tells rows apart across requests, usually the id. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    private final Source<T> source;
    private final RowKey<T> rowKey;

    public PagedList(Source<T> source, RowKey<T> rowKey) {
        this.source = Objects.requireNonNull(source);
        this.rowKey = Objects.requireNonNull(rowKey);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // the table needs the total before it asks for a page, to move back when filtering shortened the list
        return Math.toIntExact(source.apply(new PageRequest(0, 1, null, true, filters(filterBy))).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Optional<SortMeta> sort = sortBy.values().stream()
                .filter(s -> !s.getOrder().isUnsorted())
                .min(Comparator.comparingInt(SortMeta::getPriority));
        PageRequest request = new PageRequest(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
                sort.map(SortMeta::getField).orElse(null), sort.map(s -> s.getOrder().isAscending()).orElse(true),
                filters(filterBy));
        Page<T> page = source.apply(request);
        setRowCount(Math.toIntExact(page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.apply(row));
    }

    /** Finds a row of the page on show; a selection never reaches beyond it. */
    @Override
    public T getRowData(String key) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(key)).findFirst().orElse(null);
    }

    private static Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> filters = new HashMap<>();
        filterBy.values().stream()
                .filter(f -> !f.isGlobalFilter() && f.getField() != null)
                .forEach(f -> {
                    Object value = f.getFilterValue();
                    if (value != null && !value.toString().isBlank()) {
                        filters.put(f.getField(), value);
                    }
                });
        return filters;
    }
}
