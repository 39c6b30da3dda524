package org.tandem.survey.control;

import jakarta.persistence.EntityManager;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;

import java.util.List;

/** The territories a rep works in, by code: the first is where a rep's own survey answers are counted. */
public final class RepTerritories {

    private RepTerritories() {
    }

    public static List<Territory> of(EntityManager em, UserAccount rep) {
        return em.createQuery("select t from Territory t join t.members m where m = :rep order by t.code", Territory.class)
                .setParameter("rep", rep).getResultList();
    }
}
