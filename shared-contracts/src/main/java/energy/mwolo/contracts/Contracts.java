package energy.mwolo.contracts;

import energy.mwolo.contracts.billing.AccountOverdue;
import energy.mwolo.contracts.billing.AccountSettled;
import energy.mwolo.contracts.billing.InvoiceCredited;
import energy.mwolo.contracts.billing.InvoiceIssued;
import energy.mwolo.contracts.billing.InvoiceOverdue;
import energy.mwolo.contracts.billing.InvoicePaid;
import energy.mwolo.contracts.billing.MobileMoneyPaymentEnded;
import energy.mwolo.contracts.billing.MobileMoneyPaymentStarted;
import energy.mwolo.contracts.billing.MobileMoneyReversalReported;
import energy.mwolo.contracts.billing.PaymentFailed;
import energy.mwolo.contracts.billing.PaymentReceived;
import energy.mwolo.contracts.crm.ClientAccountLinked;
import energy.mwolo.contracts.crm.ClientRegistered;
import energy.mwolo.contracts.crm.ClientUpdated;
import energy.mwolo.contracts.crm.ClientStatusChanged;
import energy.mwolo.contracts.crm.SiteRegistered;
import energy.mwolo.contracts.crm.SiteUpdated;
import energy.mwolo.contracts.crm.ContractActivated;
import energy.mwolo.contracts.crm.ContractSuspended;
import energy.mwolo.contracts.crm.ContractTerminated;
import energy.mwolo.contracts.crm.ContractTariffChanged;
import energy.mwolo.contracts.cms.LeadSubmitted;
import energy.mwolo.contracts.cms.PagePublished;
import energy.mwolo.contracts.cms.PostPublished;
import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.contracts.geo.HolidayCancelled;
import energy.mwolo.contracts.geo.HolidayDeclared;
import energy.mwolo.contracts.geo.WorkingHoursChanged;
import energy.mwolo.contracts.hr.EmployeeAccountLinked;
import energy.mwolo.contracts.hr.EmployeeHired;
import energy.mwolo.contracts.hr.EmployeeLeft;
import energy.mwolo.contracts.hr.EmployeeStatusChanged;
import energy.mwolo.contracts.hr.EmployeeUpdated;
import energy.mwolo.contracts.hr.LeaveApproved;
import energy.mwolo.contracts.hr.LeaveCancelled;
import energy.mwolo.contracts.hr.LeaveRejected;
import energy.mwolo.contracts.hr.PayrollValidated;
import energy.mwolo.contracts.hr.PayslipIssued;
import energy.mwolo.contracts.hr.TeamProfileChanged;
import energy.mwolo.contracts.identity.AccountLocked;
import energy.mwolo.contracts.identity.LoginFailed;
import energy.mwolo.contracts.identity.LoginSucceeded;
import energy.mwolo.contracts.identity.PasswordChanged;
import energy.mwolo.contracts.identity.UserDisabled;
import energy.mwolo.contracts.identity.UserEmailConfirmed;
import energy.mwolo.contracts.identity.UserRegistered;
import energy.mwolo.contracts.identity.UserRoleChanged;
import energy.mwolo.contracts.identity.UserUpdated;
import energy.mwolo.contracts.iot.MeterCommand;
import energy.mwolo.contracts.iot.MeterEvent;
import energy.mwolo.contracts.iot.MeterReading;
import energy.mwolo.contracts.operations.CommandFailed;
import energy.mwolo.contracts.operations.ConsumptionRecorded;
import energy.mwolo.contracts.operations.DisconnectionDecided;
import energy.mwolo.contracts.operations.DisconnectionHoldPlaced;
import energy.mwolo.contracts.operations.DisconnectionHoldReleased;
import energy.mwolo.contracts.operations.InterventionCompleted;
import energy.mwolo.contracts.operations.InterventionScheduled;
import energy.mwolo.contracts.operations.MeterAlarmRaised;
import energy.mwolo.contracts.operations.MeterDisconnectRequested;
import energy.mwolo.contracts.operations.MeterDisconnected;
import energy.mwolo.contracts.operations.MeterInstalled;
import energy.mwolo.contracts.operations.MeterLinked;
import energy.mwolo.contracts.operations.MeterReconnectRequested;
import energy.mwolo.contracts.operations.MeterReconnected;
import energy.mwolo.contracts.operations.MeterUnlinked;
import energy.mwolo.contracts.operations.ReadingsRejected;
import energy.mwolo.contracts.support.TicketAssigned;
import energy.mwolo.contracts.support.TicketOpened;
import energy.mwolo.contracts.support.TicketResolved;
import energy.mwolo.contracts.support.TicketSlaBreached;
import energy.mwolo.contracts.support.TicketStatusChanged;
import java.util.List;
import java.util.stream.Stream;

/**
 * The catalogue of every event contract and every device message; the build tests each one against its schema and
 * golden sample.
 */
public final class Contracts {

    private static final List<EventContract<?>> ALL = List.of(
            AgencyOpened.CONTRACT,
            AgencyUpdated.CONTRACT,
            AgencyClosed.CONTRACT,
            HolidayDeclared.CONTRACT,
            HolidayCancelled.CONTRACT,
            WorkingHoursChanged.CONTRACT,
            UserRegistered.CONTRACT,
            UserUpdated.CONTRACT,
            UserRoleChanged.CONTRACT,
            UserDisabled.CONTRACT,
            LoginSucceeded.CONTRACT,
            LoginFailed.CONTRACT,
            AccountLocked.CONTRACT,
            PasswordChanged.CONTRACT,
            UserEmailConfirmed.CONTRACT,
            EmployeeHired.CONTRACT,
            EmployeeUpdated.CONTRACT,
            EmployeeLeft.CONTRACT,
            EmployeeAccountLinked.CONTRACT,
            EmployeeStatusChanged.CONTRACT,
            TeamProfileChanged.CONTRACT,
            LeaveApproved.CONTRACT,
            LeaveRejected.CONTRACT,
            LeaveCancelled.CONTRACT,
            PayrollValidated.CONTRACT,
            PayslipIssued.CONTRACT,
            ClientRegistered.CONTRACT,
            ClientUpdated.CONTRACT,
            ClientStatusChanged.CONTRACT,
            ClientAccountLinked.CONTRACT,
            SiteRegistered.CONTRACT,
            SiteUpdated.CONTRACT,
            ContractActivated.CONTRACT,
            ContractSuspended.CONTRACT,
            ContractTerminated.CONTRACT,
            ContractTariffChanged.CONTRACT,
            InvoiceIssued.CONTRACT,
            InvoicePaid.CONTRACT,
            InvoiceOverdue.CONTRACT,
            InvoiceCredited.CONTRACT,
            PaymentReceived.CONTRACT,
            PaymentFailed.CONTRACT,
            MobileMoneyPaymentStarted.CONTRACT,
            MobileMoneyPaymentEnded.CONTRACT,
            MobileMoneyReversalReported.CONTRACT,
            AccountOverdue.CONTRACT,
            AccountSettled.CONTRACT,
            ConsumptionRecorded.CONTRACT,
            LeadSubmitted.CONTRACT,
            PagePublished.CONTRACT,
            PostPublished.CONTRACT,
            MeterInstalled.CONTRACT,
            MeterLinked.CONTRACT,
            MeterUnlinked.CONTRACT,
            InterventionScheduled.CONTRACT,
            InterventionCompleted.CONTRACT,
            MeterDisconnectRequested.CONTRACT,
            MeterDisconnected.CONTRACT,
            MeterReconnectRequested.CONTRACT,
            MeterReconnected.CONTRACT,
            CommandFailed.CONTRACT,
            MeterAlarmRaised.CONTRACT,
            ReadingsRejected.CONTRACT,
            DisconnectionDecided.CONTRACT,
            DisconnectionHoldPlaced.CONTRACT,
            DisconnectionHoldReleased.CONTRACT,
            TicketOpened.CONTRACT,
            TicketAssigned.CONTRACT,
            TicketStatusChanged.CONTRACT,
            TicketSlaBreached.CONTRACT,
            TicketResolved.CONTRACT);

    private static final List<DeviceContract<?>> DEVICES = List.of(
            MeterReading.CONTRACT,
            MeterEvent.CONTRACT,
            MeterCommand.CONTRACT);

    private Contracts() {
    }

    /** The services' domain events, each published through its service's outbox with CloudEvents headers. */
    public static List<EventContract<?>> all() {
        return ALL;
    }

    /** What meters publish through their head-ends: no CloudEvents headers, a topic no service owns. */
    public static List<DeviceContract<?>> devices() {
        return DEVICES;
    }

    /** Both. */
    public static List<MessageContract<?>> messages() {
        return Stream.<MessageContract<?>>concat(ALL.stream(), DEVICES.stream()).toList();
    }
}
