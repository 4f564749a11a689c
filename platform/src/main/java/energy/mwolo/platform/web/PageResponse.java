package energy.mwolo.platform.web;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of results in the shape the frontends know: {@code {count, next, previous, results}}.
 *
 * @param count    how many results there are on all pages
 * @param next     the path and query of the next page; null on the last
 * @param previous the path and query of the previous page; null on the first
 * @param results  this page's results, at most {@code page_size}
 */
public record PageResponse<T>(long count, String next, String previous, List<T> results) {

    public PageResponse {
        results = List.copyOf(results);
    }

    /** Builds the page with links relative to the current request; asking past the last page is a 404. */
    public static <T> PageResponse<T> of(PageQuery query, long count, List<T> results) {
        long lastPage = Math.max(1, (count + query.pageSize() - 1) / query.pageSize());
        if (query.page() > lastPage) {
            throw new PageNotFound(query.page());
        }
        UriComponentsBuilder current = ServletUriComponentsBuilder.fromCurrentRequest();
        String next = query.page() < lastPage ? link(current, query.page() + 1, query.pageSize()) : null;
        String previous = query.page() > 1 ? link(current, query.page() - 1, query.pageSize()) : null;
        return new PageResponse<>(count, next, previous, results);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(count, next, previous, results.stream().<R>map(mapper).toList());
    }

    private static String link(UriComponentsBuilder current, int page, int pageSize) {
        return current.cloneBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("page_size", pageSize)
                .build()
                .toUriString();
    }

    static final class PageNotFound extends DomainException {
        PageNotFound(int page) {
            super(ErrorKind.NOT_FOUND, "page.not_found", "page", page);
        }
    }
}
