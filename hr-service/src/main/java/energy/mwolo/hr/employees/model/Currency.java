package energy.mwolo.hr.employees.model;

/** The currencies a salary is paid in. */
public enum Currency {
    USD, CDF
}
