package org.muster.rewards;

import org.muster.platform.InputText;
import org.muster.platform.Invalid;

import java.util.ArrayList;
import java.util.List;

/**
 * Where merchandise goes. Kept only until the redemption is sent; never in events or the ledger.
 * {@link #problems()} names every field at fault at once, so a form can show them all.
 */
public record ShippingAddress(String name, String street, String postcode, String city, String country) {

    public List<Invalid> problems() {
        var problems = new ArrayList<Invalid>();
        if (!InputText.fits(strip(name), 2, 100)) problems.add(new Invalid("name", "rewards.address.name"));
        if (!InputText.fits(strip(street), 3, 200)) problems.add(new Invalid("street", "rewards.address.street"));
        if (!InputText.fits(strip(postcode), 2, 20)) problems.add(new Invalid("postcode", "rewards.address.postcode"));
        if (!InputText.fits(strip(city), 2, 100)) problems.add(new Invalid("city", "rewards.address.city"));
        if (!InputText.fits(strip(country), 2, 60)) problems.add(new Invalid("country", "rewards.address.country"));
        return problems;
    }

    ShippingAddress stripped() {
        return new ShippingAddress(strip(name), strip(street), strip(postcode), strip(city), strip(country));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
