package org.muster.platform;

/** The community's current brand, for the layout and the mails; answered by the module that keeps it. */
public interface BrandSource {

    Brand brand();
}
