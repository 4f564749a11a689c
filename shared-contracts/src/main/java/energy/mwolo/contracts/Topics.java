package energy.mwolo.contracts;

/** Kafka topic names shared by producers and consumers (ARCHITECTURE.md §4). */
public final class Topics {

    public static final String GEO_AGENCY_EVENTS = "geo.agency.events";
    /** The company calendar: public holidays per country and agencies' working hours (geo-service). */
    public static final String GEO_CALENDAR_EVENTS = "geo.calendar.events";
    /** Accounts: registrations, changes, sign-ins and lockouts (identity-service). */
    public static final String IDENTITY_USER_EVENTS = "identity.user.events";
    /** Employees: hiring, changes, departures and account links, never salary nor NIF (hr-service). */
    public static final String HR_EMPLOYEE_EVENTS = "hr.employee.events";
    /** Leave requests' decisions: approved, rejected, cancelled (hr-service). */
    public static final String HR_LEAVE_EVENTS = "hr.leave.events";
    /** Payroll runs validated and their payslips issued, totals only, never anyone's pay (hr-service). */
    public static final String HR_PAYROLL_EVENTS = "hr.payroll.events";
    /** Clients: registrations, changes and status changes (crm-service). */
    public static final String CRM_CLIENT_EVENTS = "crm.client.events";
    /** Service points (sites) (crm-service). */
    public static final String CRM_SITE_EVENTS = "crm.site.events";
    /** Contracts: activation, suspension, termination and tariff changes (crm-service). */
    public static final String CRM_CONTRACT_EVENTS = "crm.contract.events";
    /** Invoices: issued, paid, overdue, credited (billing-service). */
    public static final String BILLING_INVOICE_EVENTS = "billing.invoice.events";
    /** Payments: received (confirmed and allocated) or failed (billing-service). */
    public static final String BILLING_PAYMENT_EVENTS = "billing.payment.events";
    /** Contracts' accounts reported overdue for disconnection, then settled (billing-service). */
    public static final String BILLING_ACCOUNT_EVENTS = "billing.account.events";
    /** Consumption per metered contract and period, with its corrections (operations-service). */
    public static final String OPERATIONS_CONSUMPTION_EVENTS = "operations.consumption.events";
    /** Leads from the website's contact form (cms-service). */
    public static final String CMS_LEAD_EVENTS = "cms.lead.events";
    /** Pages of the website going public (cms-service). */
    public static final String CMS_PAGE_EVENTS = "cms.page.events";
    /** Blog posts going public (cms-service). */
    public static final String CMS_POST_EVENTS = "cms.post.events";
    /** Meters: installation, and links to contracts opened and closed (operations-service). */
    public static final String OPERATIONS_METER_EVENTS = "operations.meter.events";
    /** Field interventions: scheduled and completed (operations-service). */
    public static final String OPERATIONS_INTERVENTION_EVENTS = "operations.intervention.events";
    /** Holds OPERATIONS puts on disconnections of a contract or an agency, and their releases (operations-service). */
    public static final String OPERATIONS_DISCONNECTION_HOLD_EVENTS = "operations.disconnection-hold.events";
    /** Customer tickets: opened, assigned, status changes, SLA breaches, resolution (support-service). */
    public static final String SUPPORT_TICKET_EVENTS = "support.ticket.events";
    /** Readings published by meters. */
    public static final String IOT_METER_READINGS = "iot.meter-readings";
    /** Alarms and state changes published by meters (tamper, power loss, relay opened). */
    public static final String IOT_METER_EVENTS = "iot.meter-events";
    /** Commands sent to meters. */
    public static final String IOT_METER_COMMANDS = "iot.meter-commands";

    private Topics() {
    }

    /** Where a consumer parks a message that still fails after its retries. */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        return topic + ".dlt";
    }
}
