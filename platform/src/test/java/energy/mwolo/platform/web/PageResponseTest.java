package energy.mwolo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageResponseTest {

    private static final String AGENCIES = "/api/geo/agencies/";

    @AfterEach
    void unbindRequest() {
        CurrentRequest.clear();
    }

    @Test
    void aMiddlePageLinksToItsNeighboursKeepingTheOtherFilters() {
        CurrentRequest.get(AGENCIES, "province=kinshasa&page=2&page_size=10");

        var page = PageResponse.of(new PageQuery(2, 10), 35, List.of("k11", "k12"));

        assertThat(page.count()).isEqualTo(35);
        assertThat(page.next()).isEqualTo("http://localhost/api/geo/agencies/?province=kinshasa&page=3&page_size=10");
        assertThat(page.previous())
                .isEqualTo("http://localhost/api/geo/agencies/?province=kinshasa&page=1&page_size=10");
        assertThat(page.results()).containsExactly("k11", "k12");
    }

    @Test
    void linksCarryThePageSizeEvenWhenTheRequestLeftItToTheDefault() {
        CurrentRequest.get(AGENCIES, "province=kinshasa");

        var page = PageResponse.of(PageQuery.first(), 45, List.of("k1"));

        assertThat(page.next()).isEqualTo("http://localhost/api/geo/agencies/?province=kinshasa&page=2&page_size=20");
    }

    @Test
    void linksKeepTheCallersEncodingOfOtherParameters() {
        CurrentRequest.get(AGENCIES, "q=caf%C3%A9%20noir&page=1");

        var page = PageResponse.of(new PageQuery(1, 10), 11, List.of("k1"));

        assertThat(page.next()).isEqualTo("http://localhost/api/geo/agencies/?q=caf%C3%A9%20noir&page=2&page_size=10");
    }

    @Test
    void theFirstPageHasNoPreviousLink() {
        CurrentRequest.get(AGENCIES, null);

        var page = PageResponse.of(new PageQuery(1, 10), 25, List.of("k1"));

        assertThat(page.previous()).isNull();
        assertThat(page.next()).isEqualTo("http://localhost/api/geo/agencies/?page=2&page_size=10");
    }

    @Test
    void theLastPageHasNoNextLink() {
        CurrentRequest.get(AGENCIES, "page=3&page_size=10");

        var page = PageResponse.of(new PageQuery(3, 10), 25, List.of("k21"));

        assertThat(page.next()).isNull();
        assertThat(page.previous()).isEqualTo("http://localhost/api/geo/agencies/?page=2&page_size=10");
    }

    @Test
    void anEmptyListIsAFirstPageWithNothingOnIt() {
        CurrentRequest.get(AGENCIES, null);

        var page = PageResponse.of(PageQuery.first(), 0, List.of());

        assertThat(page.count()).isZero();
        assertThat(page.next()).isNull();
        assertThat(page.previous()).isNull();
        assertThat(page.results()).isEmpty();
    }

    @Test
    void askingPastTheLastPageIsNotFound() {
        CurrentRequest.get(AGENCIES, "page=4&page_size=10");

        var missing = catchThrowableOfType(DomainException.class,
                () -> PageResponse.of(new PageQuery(4, 10), 30, List.of()));

        assertThat(missing.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(missing.code()).isEqualTo("page.not_found");
        assertThat(missing.args()).containsExactly(4);
    }

    @Test
    void askingForPageTwoOfAnEmptyListIsNotFound() {
        CurrentRequest.get(AGENCIES, "page=2");

        var missing = catchThrowableOfType(DomainException.class,
                () -> PageResponse.of(new PageQuery(2, 20), 0, List.of()));

        assertThat(missing.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void mappingAPageKeepsItsCountAndLinks() {
        var page = new PageResponse<>(12, "next-link", null, List.of(1, 2));

        var mapped = page.map(n -> "item-" + n);

        assertThat(mapped).isEqualTo(new PageResponse<>(12, "next-link", null, List.of("item-1", "item-2")));
    }
}
