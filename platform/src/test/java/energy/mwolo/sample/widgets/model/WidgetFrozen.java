package energy.mwolo.sample.widgets.model;

/** A code given to its parent's constructor. */
public class WidgetFrozen extends WidgetRefused {

    public WidgetFrozen() {
        super("widgets.frozen", "status");
    }
}
