package org.tandem.incontainer;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.tandem.organization.entity.Role;

@Stateless
@RunAs(Role.Names.GENERAL_MANAGER)
public class AsGeneralManager extends ActingAs {
}
