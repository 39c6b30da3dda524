package org.tandem.it.probe;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /it-probe/access answers, for each role, which session bean calls it was allowed and which refused:
 * {"SALES_REP": {"UserAdministration.findUsers": "refused", …}, …}. Part of the test EAR only.
 */
@WebServlet("/access")
public class AccessProbe extends HttpServlet {

    @EJB AsSalesRep salesRep;
    @EJB AsSalesManager salesManager;
    @EJB AsMarketing marketing;
    @EJB AsMarketingManager marketingManager;
    @EJB AsFinance finance;
    @EJB AsGeneralManager generalManager;
    @EJB AsAdmin admin;
    @EJB AsIntegration integration;
    @jakarta.inject.Inject SessionBeanCalls anonymous;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, RunAsRole> roles = new LinkedHashMap<>();
        roles.put("SALES_REP", salesRep);
        roles.put("SALES_MANAGER", salesManager);
        roles.put("MARKETING", marketing);
        roles.put("MARKETING_MANAGER", marketingManager);
        roles.put("FINANCE", finance);
        roles.put("GENERAL_MANAGER", generalManager);
        roles.put("ADMIN", admin);
        roles.put("INTEGRATION", integration);
        JsonObjectBuilder all = Json.createObjectBuilder();
        roles.forEach((role, bean) -> {
            JsonObjectBuilder calls = Json.createObjectBuilder();
            bean.callAll().forEach(calls::add);
            all.add(role, calls);
        });
        JsonObjectBuilder anonymousCalls = Json.createObjectBuilder();
        anonymous.callAll().forEach(anonymousCalls::add);
        all.add("ANONYMOUS", anonymousCalls);
        response.setContentType("application/json");
        response.getWriter().write(all.build().toString());
    }
}
