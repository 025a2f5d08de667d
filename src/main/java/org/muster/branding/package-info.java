/**
 * The community's brand: its name, logo, accent colour, welcome text and footer links, set by admins
 * and shown by the layout on every page and by every mail (through {@link org.muster.platform.BrandSource}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Branding", allowedDependencies = {"platform", "platform :: events"})
package org.muster.branding;
