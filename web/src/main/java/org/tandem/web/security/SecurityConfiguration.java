package org.tandem.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.tandem.organization.entity.Role;

/**
 * Users log in on Tandem's own JSF login page (so it speaks their language and can say why a login failed);
 * a request for a protected page sends an anonymous visitor there and back afterwards.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER,
        Role.Names.FINANCE, Role.Names.GENERAL_MANAGER, Role.Names.ADMIN, Role.Names.INTEGRATION})
public class SecurityConfiguration {
}
