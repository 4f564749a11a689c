package energy.mwolo.platform.web;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Binds a request to the test thread as the DispatcherServlet does for a handler; {@link #clear()} after each test. */
final class CurrentRequest {

    private CurrentRequest() {
    }

    static MockHttpServletRequest get(String path, String queryString) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(queryString);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    static MockHttpServletRequest withAcceptLanguage(String acceptLanguage) {
        var request = get("/api/geo/agencies/", null);
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }

    static void clear() {
        RequestContextHolder.resetRequestAttributes();
    }
}
