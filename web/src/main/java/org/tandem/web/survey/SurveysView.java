package org.tandem.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tandem.survey.boundary.SurveyDesign;
import org.tandem.survey.entity.Survey;
import org.tandem.web.shell.PagedList;

import java.io.Serializable;

/** The survey forms, a page at a time. */
@Named
@ViewScoped
public class SurveysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SurveyDesign design;

    private PagedList<Survey> list;

    @PostConstruct
    void init() {
        list = new PagedList<>(request -> design.find(request), Survey::getId);
    }

    public PagedList<Survey> getList() {
        return list;
    }
}
