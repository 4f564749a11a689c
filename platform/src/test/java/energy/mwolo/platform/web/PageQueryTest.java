package energy.mwolo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import energy.mwolo.platform.errors.ErrorKind;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void theFirstPageHoldsTwentyItemsFromTheStart() {
        PageQuery first = PageQuery.first();

        assertThat(first.page()).isEqualTo(1);
        assertThat(first.pageSize()).isEqualTo(20);
        assertThat(first.offset()).isZero();
        assertThat(first.limit()).isEqualTo(20);
    }

    @Test
    void aPageNumberBelowOneIsRejectedAsAnInvalidPageParameter() {
        for (int page : new int[] {0, -1}) {
            var rejected = catchThrowableOfType(InvalidRequestParameter.class, () -> new PageQuery(page, 20));

            assertThat(rejected.field()).isEqualTo("page");
            assertThat(rejected.code()).isEqualTo("page.invalid");
            assertThat(rejected.kind()).isEqualTo(ErrorKind.INVALID);
        }
    }

    @Test
    void aPageSizeBelowOneIsRejectedAsAnInvalidPageSizeParameter() {
        var rejected = catchThrowableOfType(InvalidRequestParameter.class, () -> new PageQuery(1, 0));

        assertThat(rejected.field()).isEqualTo("page_size");
        assertThat(rejected.code()).isEqualTo("page_size.invalid");
    }

    @Test
    void aPageSizeAboveOneHundredIsCappedAtOneHundred() {
        assertThat(new PageQuery(1, 101).pageSize()).isEqualTo(100);
        assertThat(new PageQuery(1, 100).pageSize()).isEqualTo(100);
        assertThat(new PageQuery(1, Integer.MAX_VALUE).limit()).isEqualTo(100);
    }

    @Test
    void theOffsetSkipsTheItemsOfThePreviousPages() {
        assertThat(new PageQuery(3, 25).offset()).isEqualTo(50);
        assertThat(new PageQuery(4, 500).offset()).isEqualTo(300);
    }

    @Test
    void theOffsetOfAVeryFarPageDoesNotOverflow() {
        assertThat(new PageQuery(Integer.MAX_VALUE, 100).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100);
    }
}
