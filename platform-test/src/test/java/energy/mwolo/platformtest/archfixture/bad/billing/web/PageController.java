package energy.mwolo.platformtest.archfixture.bad.billing.web;

import org.springframework.stereotype.Controller;

/** A public MVC controller. */
@Controller
public class PageController {
}
