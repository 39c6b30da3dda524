package org.tandem.web.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;

/** The sales orders of the user's customers, a page at a time. */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderProcessing orders;

    private PagedList<SalesOrder> list;

    @PostConstruct
    void init() {
        list = new PagedList<>(request -> orders.find(request), SalesOrder::getId);
    }

    public PagedList<SalesOrder> getList() {
        return list;
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }
}
