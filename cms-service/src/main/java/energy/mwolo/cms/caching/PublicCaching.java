package energy.mwolo.cms.caching;

import energy.mwolo.cms.CmsProperties;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Before a {@link PublicContent} handler runs: an anonymous caller gets {@code ETag} (the content revision and the
 * language served) and {@code Cache-Control: public}, and a matching {@code If-None-Match} is answered 304 at once,
 * without loading anything. A signed-in caller may see drafts: its answers are {@code private, no-store} and carry
 * no ETag, so no shared cache ever keeps a draft.
 */
@Component
class PublicCaching implements HandlerInterceptor {

    private final ContentRevision revision;
    private final CacheControl publicCache;

    PublicCaching(ContentRevision revision, CmsProperties properties) {
        this.revision = revision;
        this.publicCache = CacheControl.maxAge(properties.publicMaxAge()).cachePublic();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(PublicContent.class)) {
            return true;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (CurrentUser.current().authenticated()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
            return true;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, publicCache.getHeaderValue());
        Language language = Language.preferred(request.getParameter("lang"));
        String etag = "\"" + revision.current() + "-" + language.code() + "\"";
        return !new ServletWebRequest(request, response).checkNotModified(etag);
    }
}
