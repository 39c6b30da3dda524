package org.tandem.web.pricing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;
import org.tandem.customer.boundary.CustomerDirectory;
import org.tandem.customer.boundary.CustomerToPrice;
import org.tandem.customer.entity.Channel;
import org.tandem.pricing.boundary.Adjustment;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.PricedLine;
import org.tandem.pricing.boundary.Pricing;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.shared.entity.Texts;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Marketing's price simulation: a customer (or just a group and channel), products and quantities, a day; the
 * answer is each line's price with every step that made it.
 */
@Named
@ViewScoped
public class PriceSimulationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SUGGESTIONS = 15;

    @EJB
    Pricing pricing;

    @EJB
    CustomerDirectory customers;

    @Inject
    Feedback feedback;

    private CustomerToPrice customer;
    private String customerGroup;
    private String channel;
    private LocalDate date = LocalDate.now();
    private String currency = "CNY";
    private final List<SimulatedLine> lines = new ArrayList<>(List.of(new SimulatedLine()));
    private List<Result> results = List.of();

    public List<CustomerToPrice> completeCustomer(String text) {
        return customers.customersToPrice(text, SUGGESTIONS);
    }

    /** A chosen customer brings its group and channel; the user may still change them to try another case. */
    public void customerChosen(SelectEvent<CustomerToPrice> event) {
        customer = event.getObject();
        customerGroup = customer.customerGroup();
        channel = customer.channel();
    }

    public void addLine() {
        lines.add(new SimulatedLine());
    }

    public void removeLine(SimulatedLine line) {
        lines.remove(line);
        if (lines.isEmpty()) {
            lines.add(new SimulatedLine());
        }
    }

    public void price() {
        List<SimulatedLine> asked = lines.stream().filter(l -> l.getProduct() != null).toList();
        if (asked.isEmpty()) {
            feedback.error("pricing.simulation.noLines");
            results = List.of();
            return;
        }
        PriceInquiry inquiry = new PriceInquiry(customer == null ? null : customer.id(),
                Texts.blankToNull(customerGroup), Texts.blankToNull(channel), date, currency,
                asked.stream().map(l -> new PriceInquiry.Line(l.getProduct().id(), l.getQuantity(),
                        l.getManualDiscount())).toList());
        try {
            List<PricedLine> priced = pricing.price(inquiry);
            results = IntStream.range(0, priced.size())
                    .mapToObj(i -> new Result(asked.get(i).getProduct(), priced.get(i)))
                    .toList();
        } catch (RuleViolation violation) {
            results = List.of();
            feedback.refused(violation);
        }
    }

    /** "List price 128.00 (Basic list)": where the explanation starts. */
    public String basePrice(PricedLine line) {
        return feedback.text("pricing.basePrice", unit(line.basePrice()), line.priceListName());
    }

    /** One step, e.g. "Channel discount: −5 %", in the user's language. */
    public String step(Adjustment adjustment) {
        return feedback.text(adjustment.messageKey(), adjustment.arguments().toArray());
    }

    public String priceAfter(Adjustment adjustment) {
        return feedback.text("pricing.priceAfter", unit(adjustment.priceAfter()));
    }

    /** A unit price with at least two decimals and the four it is kept to only when they say something. */
    public String unit(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public CustomerToPrice getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerToPrice customer) {
        this.customer = customer;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<SimulatedLine> getLines() {
        return lines;
    }

    public List<Result> getResults() {
        return results;
    }

    /** One line the user wants priced. */
    public static class SimulatedLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private ProductChoice product;
        private BigDecimal quantity = BigDecimal.ONE;
        private BigDecimal manualDiscount;

        public ProductChoice getProduct() {
            return product;
        }

        public void setProduct(ProductChoice product) {
            this.product = product;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getManualDiscount() {
            return manualDiscount;
        }

        public void setManualDiscount(BigDecimal manualDiscount) {
            this.manualDiscount = manualDiscount;
        }
    }

    /** A priced line with the product it was asked for. */
    public record Result(ProductChoice product, PricedLine line) implements Serializable {

        // Jakarta EL 5 reads JavaBean getters, not record accessors
        public ProductChoice getProduct() {
            return product;
        }

        public PricedLine getLine() {
            return line;
        }
    }
}
