package org.tandem.web.print;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.delivery.entity.Delivery;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.entity.CreditNote;
import org.tandem.invoice.entity.Invoice;
import org.tandem.organization.boundary.UserPreferences;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.quotation.entity.Quotation;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.ExportOptions;
import org.tandem.web.shell.UserSession;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /print/{quotation|delivery-note|invoice|credit-note}/{id}}: the document as a PDF, in the user's
 * language, to open in the browser. The session beans decide who may read which document; a document the user
 * may not see is answered as if it did not exist.
 */
@WebServlet("/print/*")
public class PrintServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(quotation|delivery-note|invoice|credit-note)/(\\d{1,18})");

    @EJB
    transient Quotations quotations;

    @EJB
    transient Shipping shipping;

    @EJB
    transient Invoicing invoicing;

    @EJB
    transient UserPreferences preferences;

    @Inject
    transient ExportOptions exportOptions;

    @Inject
    @ConfigProperty(name = "tandem.company.name", defaultValue = "Tandem Trading Co., Ltd.")
    transient String companyName;

    @Inject
    @ConfigProperty(name = "tandem.company.address")
    transient Optional<String> companyAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(2));
        Printout printout;
        try {
            printout = print(path.group(1), id);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (RuleViolation e) {
            if (e.getKey().endsWith(".notFound")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + printout.name() + ".pdf\"");
        // a customer's document: the browser may keep it for this user, no shared cache may
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(printout.pdf().length);
        response.getOutputStream().write(printout.pdf());
    }

    private Printout print(String kind, long id) {
        Wording wording = new Wording(locale());
        SheetPdf pdf = new SheetPdf(new Letterhead(companyName, companyAddress.orElse(null)),
                exportOptions.readablePdfFont());
        return switch (kind) {
            case "quotation" -> {
                Quotation quotation = quotations.quotation(id);
                yield new Printout(quotation.getNumber(), new QuotationWriter(pdf, wording).write(quotation));
            }
            case "delivery-note" -> {
                Delivery delivery = shipping.delivery(id);
                yield new Printout(delivery.getNumber(), new DeliveryNoteWriter(pdf, wording).write(delivery));
            }
            case "invoice" -> {
                Invoice invoice = invoicing.invoice(id);
                String name = invoice.getNumber() != null ? invoice.getNumber() : Invoice.PREFIX + "-DRAFT-" + id;
                yield new Printout(name, new InvoiceWriter(pdf, wording).write(invoice));
            }
            case "credit-note" -> {
                CreditNote note = invoicing.creditNote(id);
                yield new Printout(note.getNumber(), new CreditNoteWriter(pdf, wording).write(note));
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The language the user chose for Tandem; the servlet has no Faces view to ask. */
    private Locale locale() {
        Locale chosen = UserSession.LANGUAGES.get(preferences.currentUser().locale());
        return chosen != null ? chosen : Locale.SIMPLIFIED_CHINESE;
    }

    private record Printout(String name, byte[] pdf) {
    }
}
