package energy.mwolo.sample.widgets.application;

/** Constants, as the services name their permissions: the compiler writes their values where they are used. */
public final class WidgetPermissions {

    public static final String CREATE = "widgets:create";
    public static final String READ = "widgets:read";
    public static final String APPROVE = "widgets:approve";

    private WidgetPermissions() {
    }
}
