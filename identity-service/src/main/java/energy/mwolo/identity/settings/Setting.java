package energy.mwolo.identity.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The system settings: their type, bounds, default and what they mean. The database holds only values someone
 * changed. Business dates and hours are in Africa/Kinshasa time.
 */
public enum Setting {
    COMPANY_NAME("company_name", SettingKind.TEXT, 0, 150, "Mwolo Energy",
            "Raison sociale, sur les factures et les courriels"),
    COMPANY_EMAIL("company_email", SettingKind.EMAIL, 0, 0, "contact@mwolo.energy",
            "Adresse de contact de l’entreprise"),
    COMPANY_PHONE("company_phone", SettingKind.TEXT, 0, 30, "+243 81 555 0100",
            "Téléphone du service clients"),
    COMPANY_ADDRESS("company_address", SettingKind.TEXT, 0, 255,
            "Avenue du Commerce, Gombe, Kinshasa, République démocratique du Congo", "Adresse du siège"),
    DEFAULT_CURRENCY("default_currency", SettingKind.CURRENCY, 0, 0, "CDF",
            "Devise par défaut des contrats et des factures (CDF ou USD)"),
    VAT_RATE("vat_rate", SettingKind.PERCENT, 0, 100, "16.00", "Taux de TVA en pourcentage"),
    PAYMENT_TERMS_DAYS("payment_terms_days", SettingKind.INTEGER, 0, 365, "15",
            "Jours entre l’émission d’une facture et son échéance"),
    LATE_HOUR("late_hour", SettingKind.TIME, 0, 0, "09:00",
            "Heure après laquelle un pointage d’arrivée est en retard"),
    DISCONNECTION_AFTER_DAYS("disconnection_after_days", SettingKind.INTEGER, 1, 365, "14",
            "Jours de retard de paiement avant la demande de coupure"),
    DISCONNECTION_CUTOFF_HOUR("disconnection_cutoff_hour", SettingKind.TIME, 0, 0, "16:00",
            "Heure après laquelle aucune coupure n’est faite"),
    SELF_REGISTRATION_OPEN("self_registration_open", SettingKind.BOOLEAN, 0, 0, "true",
            "Les clients peuvent-ils ouvrir eux-mêmes un compte en ligne");

    private final String key;
    private final SettingKind kind;
    private final long min;
    private final long max;
    private final String defaultValue;
    private final String description;

    Setting(String key, SettingKind kind, long min, long max, String defaultValue, String description) {
        this.key = key;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(setting -> setting.key.equals(key)).findFirst();
    }

    /** @throws InvalidSettingValue unless {@code raw} is a value of this setting's type within its bounds */
    public String canonical(String raw) {
        return kind.canonical(raw, this);
    }

    public String key() {
        return key;
    }

    public SettingKind kind() {
        return kind;
    }

    long min() {
        return min;
    }

    long max() {
        return max;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
