package org.tandem.incontainer;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.tandem.organization.entity.Role;

@Stateless
@RunAs(Role.Names.SALES_REP)
public class AsSalesRep extends ActingAs {
}
