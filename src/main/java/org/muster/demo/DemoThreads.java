package org.muster.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo community talks about, written for each space's topic: questions as members ask them,
 * the answer that helped first, then the ones that helped less, and a comment or two.
 */
final class DemoThreads {

    private DemoThreads() {
    }

    /** How the community ended up treating a thread. */
    enum Outcome { OPEN, ACCEPTED, VALIDATED, PINNED, LOCKED, OFF_TOPIC }

    record Thread(String space, String title, String body, List<String> tags, List<String> answers,
                  List<String> comments, Outcome outcome) {
    }

    /** Tags with what they are for, as a champion would describe them. */
    static final Map<String, String> TAG_DESCRIPTIONS = Map.ofEntries(
            Map.entry("wifi", "Coverage, dropouts and interference on the 2.4 and 5 GHz bands."),
            Map.entry("firmware", "Updates, release notes and rolling back firmware on Lumen devices."),
            Map.entry("mesh", "Pairing and placing mesh units, backhaul and roaming between them."),
            Map.entry("guest-network", "The isolated network for visitors: passwords, vouchers and what guests may reach."),
            Map.entry("vpn", "VPN clients behind a Lumen router and the router's own VPN server."),
            Map.entry("parental-controls", "Schedules, profiles and content filters for children's devices."),
            Map.entry("port-forwarding", "Opening ports for games, cameras and servers; CGNAT and UPnP."),
            Map.entry("app", "The Lumen app on iOS and Android: sign-in, discovery and notifications."),
            Map.entry("speed", "Measuring and improving throughput, wired and wireless."),
            Map.entry("ipv6", "IPv6 set-up, prefixes from your provider and the firewall."),
            Map.entry("setup", "Unboxing and the first ten minutes with a new Lumen device."),
            Map.entry("account", "Your Lumen account: sign-in, two-step verification and moving devices between accounts."),
            Map.entry("hub", "The Lumen Hub 2: pairing Zigbee and Matter devices, rooms and scenes."),
            Map.entry("automations", "Rules that switch things for you: schedules, sensors and presence."),
            Map.entry("cameras", "Lumen and third-party cameras: recording, privacy zones and storage."),
            Map.entry("beta-firmware", "Pre-release firmware: what changed, what broke, how to go back."),
            Map.entry("events", "Meet-ups, repair cafés and the help desks champions run."));

    static final List<Thread> THREADS = List.of(
            // Getting started
            new Thread("getting-started", "Read this first: how this community works",
                    "Welcome! A few things that make answers come faster:\n\n- **Search first**: most set-up questions have been answered.\n- Say which device and firmware you have.\n- Accept the answer that solved it, so the next person finds it.\n\nChampions (the badge next to a name) are volunteers who know Lumen well; staff answers are marked *official*.",
                    List.of("setup"), List.of(), List.of("Thanks, this is helpful. Where do I see my firmware version?", "In the app: Devices → your router → About."),
                    Outcome.PINNED),
            new Thread("getting-started", "Which cable goes where when I unbox the Lumen AX3000?",
                    "The box has a yellow and a grey cable and the router has four grey ports and one blue one. My provider's modem has two ports. Which goes where?",
                    List.of("setup"), List.of(
                            "The **blue** port is the internet (WAN) port: connect it to your modem with the yellow cable. The grey ports are for computers, TVs and consoles. Leave the modem's second port empty.",
                            "If your modem is also a router, ask your provider to put it in *bridge mode*, otherwise you get two networks."),
                    List.of("Worked first time, thank you!"), Outcome.ACCEPTED),
            new Thread("getting-started", "The app asks for a set-up code I cannot find",
                    "During set-up the Lumen app asks for an eight-digit set-up code. There is nothing on the box. Where is it?",
                    List.of("setup", "app"), List.of(
                            "It is on the sticker **under** the router, next to the QR code, labelled *Setup PIN*. Scanning the QR code fills it in for you.",
                            "Older units print it on the inside of the lid of the box."),
                    List.of(), Outcome.VALIDATED),
            new Thread("getting-started", "Can I move my router to another account when I sell it?",
                    "I am selling my Lumen Mesh Pro set to a neighbour. How do I remove it from my account so she can add it to hers?",
                    List.of("account"), List.of(
                            "In the app open the device, then *Settings → Remove from account*. Then do a factory reset (hold *reset* for 10 seconds) so your Wi-Fi passwords are gone. She can set it up as new.",
                            "Remove it on the website too if you ever signed in there; the app and the website share the account but the website caches the device list for a day."),
                    List.of("Do I need to remove each mesh unit separately?", "No, removing the main unit removes the whole set."), Outcome.ACCEPTED),
            new Thread("getting-started", "Two-step verification codes arrive late",
                    "When I sign in to the Lumen app the SMS code arrives after the two minutes it is valid. Is there another way?",
                    List.of("account"), List.of(
                            "Switch to an authenticator app: *Account → Security → Two-step verification → Use an authenticator app*. The codes are generated on your phone, no SMS needed."),
                    List.of(), Outcome.OPEN),
            new Thread("getting-started", "Which phone should I buy for the best Wi-Fi?",
                    "I want a new phone. Which brand works best with a Lumen router?",
                    List.of("setup"), List.of("Any phone with Wi-Fi 6 will do; there is no Lumen-specific advantage."),
                    List.of("This is more of a shopping question than a Lumen one."), Outcome.OFF_TOPIC),
            new Thread("getting-started", "Is it normal that the router gets warm?",
                    "My new router is warm to the touch on top, especially in the evening. Should I worry?",
                    List.of("setup"), List.of(
                            "Warm is normal: up to about 50 °C on the top cover under load. Keep the vents free and do not put it in a closed cupboard. If it switches off by itself, contact support.",
                            "Mine stands on its side on a shelf and stays cooler that way."),
                    List.of(), Outcome.ACCEPTED),
            new Thread("getting-started", "Where do I change the Wi-Fi name and password?",
                    "I want the network name to be something other than LUMEN-4F2A. Where do I change it?",
                    List.of("setup", "wifi"), List.of(
                            "App → *Wi-Fi → Main network → Name and password*. Every device must connect again afterwards, so do it before you connect the smart-home gear.",
                            "Tip: keep the same name and password as your old router and most devices reconnect by themselves."),
                    List.of("The tip about keeping the old name saved me an evening."), Outcome.VALIDATED),

            // Smart home
            new Thread("smart-home", "Hub 2 does not find my Zigbee motion sensor",
                    "I have an IKEA motion sensor that worked with their own gateway. The Lumen Hub 2 does not see it when I start pairing.",
                    List.of("hub"), List.of(
                            "Reset the sensor first so it leaves the IKEA network: press the button inside the battery cover 4 times quickly. Then start pairing on the Hub and hold the sensor within a metre.",
                            "Some older IKEA sensors need a firmware update from the IKEA gateway before they pair elsewhere."),
                    List.of("The four presses did it, thank you."), Outcome.ACCEPTED),
            new Thread("smart-home", "Turn the hallway light on at sunset only when someone is home",
                    "I can make an automation at sunset, but it also turns on when we are on holiday. How do I add 'someone is home'?",
                    List.of("automations"), List.of(
                            "Add a condition: *Presence → Anyone home*. Presence uses the phones with the Lumen app, so every household member needs the app with location allowed *always*.",
                            "Alternatively use the *holiday mode* scene, which pauses all automations marked *home only*."),
                    List.of(), Outcome.VALIDATED),
            new Thread("smart-home", "Camera recordings stop after exactly 7 days",
                    "My Lumen Cam Indoor keeps recordings for a week and then they are gone. Can I keep them longer?",
                    List.of("cameras"), List.of(
                            "Seven days is the free cloud plan. Put a microSD card (up to 256 GB) in the Hub 2 and switch *Recordings → Local storage* on: the Hub keeps them until the card is full."),
                    List.of("Does local storage still work when the internet is down?", "Yes, recording is local; only viewing from outside needs the internet."), Outcome.ACCEPTED),
            new Thread("smart-home", "Matter plug shows offline every morning",
                    "A Matter plug from another brand works fine in the evening but shows *offline* in the Lumen app every morning.",
                    List.of("hub"), List.of(
                            "The router probably renews addresses at night and the plug keeps its old one. Give the plug a fixed address: *Network → Devices → the plug → Always use this address*."),
                    List.of(), Outcome.OPEN),
            new Thread("smart-home", "Privacy zones on the doorbell camera",
                    "My doorbell camera also sees the neighbours' front door. Can I black that part out?",
                    List.of("cameras"), List.of(
                            "Yes: *Camera → Settings → Privacy zones*, draw a rectangle over the part to hide. It is hidden in live view and in recordings.",
                            "In some countries you must do this by law when a camera films a public path, so it is worth doing anyway."),
                    List.of("Done. The neighbours are happier too."), Outcome.ACCEPTED),
            new Thread("smart-home", "Automations run twice since the last update",
                    "Since Hub firmware 2.14 my 'good night' automation switches everything off twice; the second time even the fridge plug.",
                    List.of("automations", "firmware"), List.of(
                            "Known in 2.14 when an automation has both a time and a button trigger. Until 2.15, split it into two automations with one trigger each.",
                            "Same here, and it also happens with sunrise triggers."),
                    List.of("Fixed in 2.15, which came out today."), Outcome.VALIDATED),
            new Thread("smart-home", "Thermostat keeps heating when nobody is home",
                    "The radiator valves ignore the away mode. Every valve shows *manual*. What am I doing wrong?",
                    List.of("automations"), List.of(
                            "A valve turned by hand switches to manual until the next scheduled change. In *Heating → Valves* turn on *Return to schedule after 2 hours*."),
                    List.of(), Outcome.OPEN),

            // Beta program (members only)
            new Thread("beta", "Beta 3.0.1: what changed and what to test",
                    "Release notes for beta 3.0.1:\n\n- New band steering that prefers 6 GHz where possible\n- Faster mesh roaming\n- *Known*: the guest network may need a restart after the update\n\nPlease test video calls while walking between rooms and report what you see.",
                    List.of("beta-firmware"), List.of(), List.of("Updated two units, roaming is noticeably faster.", "Guest network indeed needed a restart here."),
                    Outcome.PINNED),
            new Thread("beta", "Beta 3.0.1 drops 6 GHz clients after an hour",
                    "After about an hour my laptop on 6 GHz loses the connection and only comes back on 5 GHz. Logs attached in the ticket.",
                    List.of("beta-firmware", "wifi"), List.of(
                            "Thanks, reproduced. It is the power-saving of some Intel AX211 cards. Update the card's driver to 23.40 or newer; 3.0.2 will work around older drivers."),
                    List.of("The driver update fixed it.", "Same with an AX210, fixed the same way."), Outcome.VALIDATED),
            new Thread("beta", "How do I go back from the beta to stable?",
                    "I joined the beta but need a stable network for a week of working from home. Can I go back?",
                    List.of("beta-firmware"), List.of(
                            "App → *Devices → Firmware → Leave beta*. The router installs the latest stable release tonight; your settings stay.",
                            "If you need it right now, download the stable image and use *Update from file*."),
                    List.of(), Outcome.ACCEPTED),
            new Thread("beta", "Mesh roaming in beta feels slower with an old Extender",
                    "With one old Lumen Extender in the mesh, walking from the kitchen to the garden now cuts calls for a few seconds.",
                    List.of("beta-firmware", "mesh"), List.of(
                            "The Extender does not support fast roaming (802.11r), so the new firmware waits for it. Try *Mesh → Fast roaming → Only for capable units*."),
                    List.of(), Outcome.OPEN),

            // Champions lounge (private)
            new Thread("champions", "Rota for the December repair café",
                    "We need two people per slot at the Utrecht repair café. Sign up through the mission so the slots show who comes; I will bring the spare routers.",
                    List.of("events"), List.of("I take the Saturday morning slot.", "Saturday afternoon for me, I can bring the cable tester."),
                    List.of(), Outcome.PINNED),
            new Thread("champions", "How do we answer questions about the recall rumour?",
                    "A few members ask about a 'recall' of the Travel Router. There is no recall. How do we answer without sounding defensive?",
                    List.of("events"), List.of(
                            "Link the official statement in the *Announcements* and say what is true: there was a firmware fix for overheating chargers, no recall. Staff will pin a thread."),
                    List.of("Agreed, and let us not speculate in public threads."), Outcome.VALIDATED),
            new Thread("champions", "Ideas for the spring challenge",
                    "The autumn challenge (answer five questions) worked well. What should the spring one be?",
                    List.of("events"), List.of("Write one set-up guide per champion, in your own language.", "A photo contest of the tidiest router corner!"),
                    List.of(), Outcome.OPEN),

            // Staff room
            new Thread("staff", "Moderation guideline draft for product comparisons",
                    "Members increasingly compare Lumen with competitors. Draft rule: comparisons are fine when factual; no links to shops. Comments before Friday please.",
                    List.of("guidelines"), List.of("Looks good. Add that benchmark screenshots need the test set-up.", "Agree with the shop-link ban."),
                    List.of(), Outcome.LOCKED),
            new Thread("staff", "Escalation hours over the holidays",
                    "Between 24 December and 2 January tickets escalate to the on-call engineer only after 8 hours instead of 2.",
                    List.of("support-hours"), List.of(), List.of("Noted, I will tell the champions."), Outcome.OPEN));

    /** A problem people ask about on several devices: the answer that solves it and one that does not quite. */
    record RouterTopic(String tag, String title, String body, String solution, String alternative) {
    }

    static final List<RouterTopic> ROUTER_TOPICS = List.of(
            new RouterTopic("wifi", "%s drops Wi-Fi every evening", "Every evening around 20:00 the %s loses Wi-Fi for a minute. Devices on a cable keep working.",
                    "Switch the 2.4 GHz band from channel *auto* to a fixed channel (1, 6 or 11). In the evening neighbours' networks crowd the automatic pick.",
                    "Restart the router every morning with a timer plug."),
            new RouterTopic("firmware", "Firmware update of the %s stuck at 60 %%", "The update of my %s has shown 60 %% for half an hour. Can I unplug it?",
                    "Do **not** unplug it. Wait 20 minutes more; if it is still stuck, hold *reset* for 10 seconds, the previous firmware is kept in a second slot.",
                    "Unplug it and plug it back in, that usually works."),
            new RouterTopic("mesh", "Second %s does not join the mesh", "I bought a second %s but it never joins the mesh; the light keeps blinking blue.",
                    "Put the new unit within 3 metres of the main one for pairing, press *pair* on the main unit first, then on the new one. Move it afterwards.",
                    "Factory reset both units and start over."),
            new RouterTopic("guest-network", "Guests on the %s cannot reach the printer", "Guests on the guest network of my %s cannot print.",
                    "That is by design: the guest network is isolated. Enable *allow guests to reach shared devices* and mark the printer as shared.",
                    "Give guests the main Wi-Fi password instead."),
            new RouterTopic("vpn", "Work VPN is slow through the %s", "With my work VPN on, downloads through the %s drop to 2 Mbit/s.",
                    "Turn off *SIP ALG* and *VPN passthrough inspection* in Advanced settings; the inspection reassembles every VPN packet.",
                    "Ask your employer for a faster VPN server."),
            new RouterTopic("parental-controls", "Bedtime schedule on the %s ignores the tablet", "I set a bedtime schedule on the %s but the kids' tablet stays online.",
                    "The tablet uses a private (random) MAC address. Turn that off for your network on the tablet, or add the profile by device name.",
                    "Block the tablet completely and unblock it in the morning."),
            new RouterTopic("port-forwarding", "Port forwarding on the %s does not work for my game server", "I forwarded port 25565 on the %s but friends cannot connect.",
                    "Check that your provider gives you a public IPv4 address (not CGNAT). If the WAN address starts with 100.64, ask for a public one.",
                    "Forward all ports to the computer (DMZ)."),
            new RouterTopic("app", "The app cannot find my %s", "The Lumen app keeps saying it cannot find my %s although the internet works.",
                    "Allow the app *local network* access in your phone's privacy settings and be on the same Wi-Fi (not the guest network).",
                    "Reinstall the app and sign in again."),
            new RouterTopic("speed", "Speed on the %s far below my subscription", "I pay for 500 Mbit/s but see 180 Mbit/s on the %s.",
                    "Test over a cable first. If the cable gives 480+, Wi-Fi is the limit: use the 5 GHz band and a device with Wi-Fi 6.",
                    "Call your provider to complain."),
            new RouterTopic("ipv6", "Should I enable IPv6 on the %s?", "Is it safe to enable IPv6 on the %s? Some sites say it is a risk.",
                    "Yes. The firewall protects IPv6 the same way; enable it and keep *block inbound* on.",
                    "Keep it off, IPv4 is enough for now."));

    /** Answers that could do harm, with the note of the member who flags them. */
    static final Map<String, String> HARMFUL = Map.of(
            "Forward all ports to the computer (DMZ).", "A DMZ puts the whole computer on the internet without a firewall.",
            "Give guests the main Wi-Fi password instead.", "Guests would reach every device at home; this is unsafe advice.");

    static final String[] ROUTER_DEVICES = {"Lumen AX3000", "Lumen Mesh Pro", "Lumen Travel Router"};

    static final String[] FOLLOW_UPS = {"That fixed it, thanks!", "Does this also apply to the older model?",
            "Same problem here since last week.", "Thanks for the clear steps.", "Could you add a screenshot of where that setting is?"};
}
