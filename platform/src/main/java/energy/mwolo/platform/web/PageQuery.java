package energy.mwolo.platform.web;

/** The page a list request asks for: {@code ?page=N&page_size=M}, 1-based, page size at most {@value #MAX_PAGE_SIZE}. */
public record PageQuery(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public PageQuery {
        if (page < 1) {
            throw new InvalidRequestParameter("page", "page.invalid");
        }
        if (pageSize < 1) {
            throw new InvalidRequestParameter("page_size", "page_size.invalid");
        }
        pageSize = Math.min(pageSize, MAX_PAGE_SIZE);
    }

    public static PageQuery first() {
        return new PageQuery(1, DEFAULT_PAGE_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    public int limit() {
        return pageSize;
    }
}
