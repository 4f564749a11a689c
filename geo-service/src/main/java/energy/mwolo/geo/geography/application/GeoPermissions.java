package energy.mwolo.geo.geography.application;

/** Permissions that guard changes to geographic reference data; reading it needs none. */
public final class GeoPermissions {

    public static final String CREATE = "geo:create";
    public static final String UPDATE = "geo:update";
    public static final String DELETE = "geo:delete";

    private GeoPermissions() {
    }
}
