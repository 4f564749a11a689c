package energy.mwolo.crm.sites.model;

import energy.mwolo.crm.kernel.Codes;

public enum SiteUsage {
    RESIDENTIAL, COMMERCIAL, INDUSTRIAL, PUBLIC;

    public String code() {
        return Codes.of(this);
    }

    public static SiteUsage of(String code) {
        return Codes.parse(SiteUsage.class, code, "usage");
    }
}
