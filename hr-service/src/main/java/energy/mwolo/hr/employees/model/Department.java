package energy.mwolo.hr.employees.model;

/** The department an employee works in. */
public enum Department {
    DIRECTION, RH, COMPTABILITE, COMMERCIAL, OPERATIONS, SUPPORT, IT, LOGISTIQUE, AUTRE
}
