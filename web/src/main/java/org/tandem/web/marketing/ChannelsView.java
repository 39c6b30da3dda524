package org.tandem.web.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tandem.customer.entity.Channel;
import org.tandem.pricing.boundary.ChannelPolicies;
import org.tandem.pricing.boundary.PriceAdministration;
import org.tandem.pricing.entity.ChannelPolicy;
import org.tandem.pricing.entity.PriceList;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;
import org.tandem.web.shell.Feedback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One row per channel: its price list, discount ceiling and payment terms, each row saved on its own. */
@Named
@ViewScoped
public class ChannelsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ChannelPolicies policies;

    @EJB
    PriceAdministration prices;

    @Inject
    Feedback feedback;

    private List<Row> rows;
    private List<PriceList> priceLists;

    /** The editable terms of one channel. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Channel channel;
        private long version;
        private Long priceListId;
        private BigDecimal discountCeiling;
        private Integer paymentTermsDays;

        Row(ChannelPolicy policy) {
            channel = policy.getChannel();
            version = policy.getVersion();
            priceListId = policy.getPriceList() == null ? null : policy.getPriceList().getId();
            discountCeiling = policy.getDiscountCeiling();
            paymentTermsDays = policy.getPaymentTermsDays();
        }

        public Channel getChannel() {
            return channel;
        }

        public Long getPriceListId() {
            return priceListId;
        }

        public void setPriceListId(Long priceListId) {
            this.priceListId = priceListId;
        }

        public BigDecimal getDiscountCeiling() {
            return discountCeiling;
        }

        public void setDiscountCeiling(BigDecimal discountCeiling) {
            this.discountCeiling = discountCeiling;
        }

        public Integer getPaymentTermsDays() {
            return paymentTermsDays;
        }

        public void setPaymentTermsDays(Integer paymentTermsDays) {
            this.paymentTermsDays = paymentTermsDays;
        }
    }

    @PostConstruct
    void init() {
        rows = policies.policies().stream().map(Row::new).toList();
        priceLists = prices.findPriceLists(PageRequest.firstPage(PageRequest.MAX_SIZE)).rows();
    }

    public void save(Row row) {
        try {
            ChannelPolicy saved = policies.set(row.channel, row.version, row.priceListId, row.discountCeiling,
                    row.paymentTermsDays == null ? 0 : row.paymentTermsDays);
            row.version = saved.getVersion();
            feedback.info("channel.saved", feedback.text("customer.channel." + row.channel));
        } catch (RuleViolation violation) {
            feedback.refused(violation);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<PriceList> getPriceLists() {
        return priceLists;
    }
}
