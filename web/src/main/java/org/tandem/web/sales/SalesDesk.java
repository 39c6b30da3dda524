package org.tandem.web.sales;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.document.boundary.FlowNode;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.boundary.Adjustment;
import org.tandem.pricing.entity.LinePrice;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * What every sales document page needs: who may change documents, how a status and a price explanation read in the
 * user's language, where a document of a flow opens, and how a refusal is told.
 */
@Named
@RequestScoped
public class SalesDesk {

    @Inject
    Feedback feedback;

    /** Sales reps and managers write documents; the general manager reads them. */
    public boolean isMayWrite() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.SALES_REP) || context.isUserInRole(Role.Names.SALES_MANAGER);
    }

    public boolean isMayApprove() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SALES_MANAGER);
    }

    /** A status in words: {@code enum.OrderStatus.CONFIRMED}. */
    public String status(Enum<?> status) {
        return status == null ? "" : feedback.text("enum." + status.getDeclaringClass().getSimpleName() + "." + status.name());
    }

    /** The page a document of a flow opens on, or null where the sales pages do not show it. */
    public String outcome(FlowNode node) {
        return switch (node.kind()) {
            case QUOTATION -> "/sales/quotation";
            case SALES_ORDER -> "/sales/order";
            case DELIVERY -> "/sales/delivery";
            case RETURN -> "/sales/returns";
            default -> null;
        };
    }

    /** "List price 128.00 (BASIC)": where a line's price explanation starts. */
    public String basePrice(LinePrice price) {
        return feedback.text("pricing.basePrice", unit(price.getBasePrice()), price.getPriceListCode());
    }

    public String step(Adjustment adjustment) {
        return feedback.text(adjustment.getMessageKey(), adjustment.getArguments().toArray());
    }

    public String priceAfter(Adjustment adjustment) {
        return feedback.text("pricing.priceAfter", unit(adjustment.getPriceAfter()));
    }

    /** A unit price with at least two decimals and the four it is kept to only when they say something. */
    public String unit(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
    }

    /** Tells the refusal; answers whether the document changed meanwhile, so that the page reloads it. */
    public boolean refused(RuleViolation violation) {
        feedback.refused(violation);
        FacesContext.getCurrentInstance().validationFailed();
        return "tandem.concurrentChange".equals(violation.getKey());
    }

    /** Opens {@code page} with the document's id, keeping the messages just added for it. */
    public void open(String page, long id) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.getFlash().setKeepMessages(true);
        try {
            context.redirect(context.getRequestContextPath() + page + ".xhtml?id=" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
