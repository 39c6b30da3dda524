package org.tandem.customer.boundary;

import java.io.Serializable;

/** What pricing needs to know of a customer: who it is, its group, channel and territory. */
public record CustomerToPrice(long id, String code, String name, String customerGroup, String channel,
                              String territory) implements Serializable {

    // Jakarta EL 5 reads JavaBean getters, not record accessors
    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public String getChannel() {
        return channel;
    }

    public String getTerritory() {
        return territory;
    }
}
