package energy.mwolo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class PageQueryArgumentResolverTest {

    private final PageQueryArgumentResolver resolver = new PageQueryArgumentResolver();

    @Test
    void aRequestWithoutPagingParametersGetsTheFirstPageOfTwenty() {
        assertThat(resolve(new MockHttpServletRequest())).isEqualTo(new PageQuery(1, 20));
    }

    @Test
    void blankPagingParametersCountAsMissing() {
        var request = new MockHttpServletRequest();
        request.addParameter("page", "");
        request.addParameter("page_size", " ");

        assertThat(resolve(request)).isEqualTo(new PageQuery(1, 20));
    }

    @Test
    void pageAndPageSizeAreReadFromTheQuery() {
        var request = new MockHttpServletRequest();
        request.addParameter("page", " 3 ");
        request.addParameter("page_size", "50");

        assertThat(resolve(request)).isEqualTo(new PageQuery(3, 50));
    }

    @Test
    void aPageSizeAboveTheMaximumIsServedAsOneHundred() {
        var request = new MockHttpServletRequest();
        request.addParameter("page_size", "1000");

        assertThat(resolve(request).pageSize()).isEqualTo(100);
    }

    @Test
    void aPageThatIsNotANumberIsAnInvalidPageParameter() {
        for (String page : new String[] {"abc", "1.5", "99999999999"}) {
            var request = new MockHttpServletRequest();
            request.addParameter("page", page);

            var rejected = catchThrowableOfType(InvalidRequestParameter.class, () -> resolve(request));

            assertThat(rejected.field()).as(page).isEqualTo("page");
            assertThat(rejected.code()).as(page).isEqualTo("page.invalid");
        }
    }

    @Test
    void aPageSizeThatIsNotANumberIsAnInvalidPageSizeParameter() {
        var request = new MockHttpServletRequest();
        request.addParameter("page_size", "all");

        var rejected = catchThrowableOfType(InvalidRequestParameter.class, () -> resolve(request));

        assertThat(rejected.field()).isEqualTo("page_size");
        assertThat(rejected.code()).isEqualTo("page_size.invalid");
    }

    @Test
    void aPageOfZeroIsAnInvalidPageParameter() {
        var request = new MockHttpServletRequest();
        request.addParameter("page", "0");

        var rejected = catchThrowableOfType(InvalidRequestParameter.class, () -> resolve(request));

        assertThat(rejected.field()).isEqualTo("page");
    }

    @Test
    void onlyPageQueryParametersAreResolved() throws NoSuchMethodException {
        var list = Listing.class.getDeclaredMethod("list", PageQuery.class, String.class);

        assertThat(resolver.supportsParameter(new MethodParameter(list, 0))).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(list, 1))).isFalse();
    }

    private PageQuery resolve(MockHttpServletRequest request) {
        return resolver.resolveArgument(null, null, new ServletWebRequest(request), null);
    }

    interface Listing {
        void list(PageQuery page, String province);
    }
}
