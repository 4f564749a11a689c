package energy.mwolo.hr.employees.model;

/** The job an employee holds. */
public enum Position {
    DIRECTEUR_GENERAL,
    DIRECTEUR_AGENCE,
    MANAGER,
    CHEF_DEPARTEMENT,
    RESPONSABLE_RH,
    COMPTABLE,
    CAISSIER,
    AGENT_COMMERCIAL,
    CONSEILLER_CLIENT,
    TECHNICIEN,
    INSTALLATEUR,
    AGENT_SUPPORT,
    DEVELOPPEUR,
    AUTRE
}
