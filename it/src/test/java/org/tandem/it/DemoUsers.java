package org.tandem.it;

import java.util.List;

/** The demo users of the sample data, one per role, and the folder each lands in. */
enum DemoUsers {
    REP("rep", "/sales/"),
    SALES_MANAGER("salesmanager", "/sales/"),
    MARKETING("marketing", "/marketing/"),
    MARKETING_MANAGER("marketingmanager", "/marketing/"),
    FINANCE("finance", "/finance/"),
    GENERAL_MANAGER("gm", "/management/"),
    ADMIN("admin", "/admin/"),
    INTEGRATION("integration", "/integration/");

    static final List<String> FOLDERS = List.of("/sales/", "/marketing/", "/finance/", "/management/", "/admin/", "/integration/");

    final String username;
    final String home;

    DemoUsers(String username, String home) {
        this.username = username;
        this.home = home;
    }
}
