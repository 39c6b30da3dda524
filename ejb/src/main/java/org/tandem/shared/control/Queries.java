package org.tandem.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.tandem.shared.boundary.Page;
import org.tandem.shared.boundary.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Runs a filtered, sorted, paged list query and its count on the database, so that no list is ever loaded
 * whole into memory. Each list names the filters and sort fields it allows; anything else is ignored.
 */
public final class Queries {

    /** Builds the restrictions of one list from the page's filters. */
    public interface Filters<T> extends BiFunction<CriteriaBuilder, Root<T>, List<Predicate>> {
    }

    /** Like {@link Filters}, for restrictions that need a subquery of the list's query. */
    public interface SubqueryFilters<T> {
        List<Predicate> apply(CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root);
    }

    private Queries() {
    }

    public static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, Filters<T> filters,
                                   Map<String, String> sortPaths, String defaultSort) {
        return page(em, type, request, (SubqueryFilters<T>) (cb, query, root) -> filters.apply(cb, root), sortPaths,
                defaultSort);
    }

    public static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, SubqueryFilters<T> filters,
                                   Map<String, String> sortPaths, String defaultSort) {
        return page(em, type, request, filters, sortPaths, defaultSort, List.of());
    }

    /**
     * Like the others, and reads the relations named in {@code together} (paths from the row, such as
     * {@code customer.territory}) for the whole page at once, one query per relation, instead of one query per row:
     * EclipseLink's batch reading by IN, a hint other providers ignore.
     */
    public static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, Filters<T> filters,
                                   Map<String, String> sortPaths, String defaultSort, List<String> together) {
        return page(em, type, request, (SubqueryFilters<T>) (cb, query, root) -> filters.apply(cb, root), sortPaths,
                defaultSort, together);
    }

    private static <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, SubqueryFilters<T> filters,
                                    Map<String, String> sortPaths, String defaultSort, List<String> together) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters.apply(cb, count, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(filters.apply(cb, select, root).toArray(Predicate[]::new));
        // Map.of refuses a null key, and an unsorted list asks with none
        String sortPath = request.sortField() == null ? defaultSort : sortPaths.getOrDefault(request.sortField(), defaultSort);
        Expression<?> sortBy = path(root, sortPath);
        Expression<?> tieBreak = root.get("id");
        select.orderBy(request.ascending() ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(tieBreak));
        TypedQuery<T> query = em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size());
        if (!together.isEmpty()) {
            query.setHint("eclipselink.batch.type", "IN");
            // the first part of a batch path names the query's root, whatever it is called
            together.forEach(path -> query.setHint("eclipselink.batch", "row." + path));
        }
        return new Page<>(query.getResultList(), total);
    }

    /** Case-insensitive "contains" on a text path; null when there is nothing to filter by. */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> path, String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(cb.lower(path), "%" + escaped + "%", '\\');
    }

    /** "Code or name contains" on a customer, a territory or anything else with both; null when {@code text} is. */
    public static Predicate codeOrName(CriteriaBuilder cb, Path<?> owner, String text) {
        return text == null ? null
                : cb.or(contains(cb, owner.get("code"), text), contains(cb, owner.get("name"), text));
    }

    /** Drops the nulls that stand for absent filters. */
    public static List<Predicate> present(Predicate... predicates) {
        List<Predicate> list = new ArrayList<>();
        for (Predicate p : predicates) {
            if (p != null) {
                list.add(p);
            }
        }
        return list;
    }

    private static Path<?> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }
}
