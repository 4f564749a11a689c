package energy.mwolo.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code page} and {@code page_size} into a {@link PageQuery}; anything but a positive integer is a 400. */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        int page = positiveInt(request.getParameter("page"), 1, "page");
        int pageSize = positiveInt(request.getParameter("page_size"), PageQuery.DEFAULT_PAGE_SIZE, "page_size");
        return new PageQuery(page, pageSize);
    }

    private static int positiveInt(String raw, int fallback, String name) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestParameter(name, name + ".invalid");
        }
    }
}
