package org.tandem.promotion.entity;

/**
 * How far the company's marketing has grown out of its sales department, in the four stages of the classic
 * account: which department decides on promotion money follows from it (see {@code Routing}).
 */
public enum OrganisationStage {
    /** 1: a sales department only; the sales manager handles what little marketing there is. */
    SIMPLE_SALES,
    /** 2: the sales department has a marketing function under the sales manager. */
    SALES_WITH_MARKETING,
    /** 3: an independent marketing department beside sales, both reporting to the general manager. */
    SEPARATE_MARKETING,
    /** 4: a modern marketing department; sales reports to its head. */
    MODERN_MARKETING;

    /** 1 to 4, as the stages are usually counted. */
    public int getNumber() {
        return ordinal() + 1;
    }
}
