package org.firmas.organizer.boundary;

import java.io.Serializable;
import org.firmas.platform.Languages;

/** One official as the edit form holds it: plain strings until the campaign is saved and checked. */
public class TargetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String title;
    private String email;
    private String area;
    private String language = Languages.defaultLanguage();

    public TargetRow() {
    }

    public TargetRow(String name, String title, String email, String area, String language) {
        this.name = name;
        this.title = title;
        this.email = email;
        this.area = area;
        this.language = language;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
