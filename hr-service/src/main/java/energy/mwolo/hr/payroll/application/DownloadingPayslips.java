package energy.mwolo.hr.payroll.application;

import energy.mwolo.hr.payroll.model.PayslipId;
import energy.mwolo.hr.payroll.model.RunStatus;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.storage.FileStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A payslip's PDF, with the reader's rights of {@link BrowsingPayroll#payslip}. An issued payslip never changes, so
 * its PDF is drawn once, at its first download, and kept in the platform's storage
 * ({@code payslips/<month>/<id>.pdf}); two first downloads at once draw it twice and store the same bytes. A draft's
 * PDF, for HR's review, is drawn each time and never kept.
 */
@Service
public class DownloadingPayslips {

    private final BrowsingPayroll browsing;
    private final PayslipRenderer renderer;
    private final FileStorage storage;

    DownloadingPayslips(BrowsingPayroll browsing, PayslipRenderer renderer, FileStorage storage) {
        this.browsing = browsing;
        this.renderer = renderer;
        this.storage = storage;
    }

    public PayslipPdf pdf(PayslipId id, CurrentUser user) {
        PayslipView payslip = browsing.payslip(id, user);
        String fileName = payslip.reference() + ".pdf";
        if (payslip.status() == RunStatus.DRAFT) {
            return new PayslipPdf(fileName, renderer.render(payslip));
        }
        String key = "payslips/" + payslip.month() + "/" + id + ".pdf";
        Optional<InputStream> stored = storage.open(key);
        if (stored.isPresent()) {
            try (InputStream in = stored.get()) {
                return new PayslipPdf(fileName, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + key, e);
            }
        }
        byte[] pdf = renderer.render(payslip);
        storage.put(key, new ByteArrayInputStream(pdf));
        return new PayslipPdf(fileName, pdf);
    }
}
