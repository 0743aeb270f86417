package org.firmas.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as it ships, for Arquillian to deploy. */
public final class FirmasWar {

    private FirmasWar() {
    }

    public static WebArchive asBuilt() {
        File war = new File(System.getProperty("firmas.war", "target/firmas.war"));
        return ShrinkWrap.create(ZipImporter.class, "firmas.war").importFrom(war).as(WebArchive.class);
    }
}
