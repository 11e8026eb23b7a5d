"""Filler prose for benchmark articles: sentence templates about the economy, weather, politics,
public life and the story's background, with slots for names, places and distractor figures
(counts, years, percentages, money, dates). None of it may state a fact of the default pack;
generate.verify() checks that through the real extractor."""

from __future__ import annotations

import random
import string
from functools import cache

FIRST = (
    "Ana", "Carlos", "María", "José", "Luis", "Sofía", "Diego", "Elena", "Jorge", "Lucía", "Ricardo",
    "Carmen", "Andrés", "Gabriela", "Mario", "Patricia", "Fernando", "Rosa", "Héctor", "Isabel",
)  # fmt: skip
LAST = (
    "Martínez", "Hernández", "López", "Ramírez", "Flores", "Castillo", "Mejía", "Rivas", "Portillo",
    "Aguilar", "Cruz", "Mendoza", "Orellana", "Guzmán", "Salazar", "Vásquez", "Navarro", "Molina",
    "Alvarado", "Cárcamo",
)  # fmt: skip
CITIES = (
    "Santa Ana", "San Miguel", "Soyapango", "Mejicanos", "Apopa", "Santa Tecla", "Usulután", "Sonsonate",
    "Ahuachapán", "Chalatenango", "Zacatecoluca", "Cojutepeque", "Ilopango", "Metapán", "Tegucigalpa",
    "Guatemala City", "San Pedro Sula", "Managua", "Quetzaltenango", "Antigua", "Suchitoto", "Juayúa",
)  # fmt: skip
DEPARTMENTS = ("La Paz", "Usulután", "San Vicente", "Morazán", "Cabañas", "Sonsonate", "Cuscatlán")
ROLES = (
    "an economist at the Central American University", "a spokeswoman for the finance ministry",
    "a coffee farmer", "a shop owner in the city centre", "a meteorologist", "a city councillor",
    "a schoolteacher", "a bus driver", "an analyst at a bank in the capital", "a nurse",
    "a fisherman", "a market trader", "a civil engineer", "a retired accountant",
)  # fmt: skip
ORGS = (
    "the Central Reserve Bank", "the finance ministry", "the national statistics office",
    "the Inter-American Development Bank", "the World Bank", "the chamber of commerce",
    "the coffee growers' association", "the civil protection agency", "the education ministry",
    "the health ministry", "the tourism ministry", "the port authority", "the central bank",
)  # fmt: skip
PARTIES = ("Nuevas Ideas", "Arena", "the FMLN", "Vamos", "Nuestro Tiempo")
TEAMS = ("Alianza", "FAS", "Águila", "Isidro Metapán", "Firpo", "Platense")
CROPS = ("coffee", "sugar cane", "beans", "maize", "sorghum", "cashew nuts", "indigo")
SECTORS = ("textiles", "tourism", "construction", "call centres", "agriculture", "retail", "shipping")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SMALL_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")


def _pcts(rng: random.Random) -> tuple[str, ...]:
    out = []
    for _ in range(300):
        v = f"{rng.randint(1, 45)}.{rng.randint(0, 9)}" if rng.random() < 0.6 else str(rng.randint(2, 60))
        out.append(rng.choice((f"{v}%", f"{v} percent", f"{v} per cent")))
    return tuple(out)


def _counts(rng: random.Random) -> tuple[str, ...]:
    out = []
    for _ in range(400):
        v = rng.choice((rng.randint(12, 999), rng.randint(1000, 99999), rng.randint(100, 9999) * 10))
        out.append(f"{v:,}" if rng.random() < 0.8 else f"{v:,}".replace(",", " "))
    return tuple(out)


def _money(rng: random.Random) -> tuple[str, ...]:
    out = []
    for _ in range(300):
        r = rng.random()
        if r < 0.4:
            out.append(f"${rng.randint(2, 950)} million")
        elif r < 0.6:
            out.append(f"${rng.randint(1, 9)}.{rng.randint(1, 9)} billion")
        elif r < 0.8:
            out.append(f"US${rng.randint(10, 990) * 1000:,}")
        else:
            out.append(f"{rng.randint(2, 90)} million dollars")
    return tuple(out)


def _dates(rng: random.Random) -> tuple[str, ...]:
    out = []
    for _ in range(300):
        m, d, y = rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2015, 2025)
        out.append(
            rng.choice((f"{m} {d}", f"{m[:3]}. {d}, {y}" if m != "May" else f"May {d}, {y}", f"{d} {m} {y}"))
        )
    return tuple(out)


def make_slots(seed: int = 12345) -> dict[str, tuple[str, ...]]:
    """Every slot's precomputed choices (fixed per seed, so generation only picks among them)."""
    rng = random.Random(seed)
    people = tuple(f"{f} {s}" for f in FIRST for s in LAST)
    return {
        "person": people,
        "city": CITIES,
        "dept": DEPARTMENTS,
        "role": ROLES,
        "org": ORGS,
        "party": PARTIES,
        "team": TEAMS,
        "crop": CROPS,
        "sector": SECTORS,
        "month": MONTHS,
        "weekday": WEEKDAYS,
        "small": SMALL_WORDS + tuple(str(i) for i in range(3, 40)),
        "pct": _pcts(rng),
        "pct2": _pcts(rng),
        "count": _counts(rng),
        "count2": _counts(rng),
        "money": _money(rng),
        "year": tuple(str(y) for y in range(2008, 2025)),
        "date": _dates(rng),
        "temp": tuple(f"{t} degrees Celsius" for t in range(29, 41)),
        "mm": tuple(f"{x} millimetres" for x in range(40, 320, 7)),
        "km": tuple(f"{x} kilometres" for x in range(60, 90)) + tuple(f"{x} miles" for x in range(38, 56)),
        "votes": tuple(str(x) for x in range(44, 85)),
        "fuel": tuple(f"${x / 100:.2f}" for x in range(340, 480, 3)),
        "age": tuple(str(a) for a in range(24, 78)),
        # distractors next to planted facts
        "occ": tuple(f"{x:,}" for x in range(12000, 20000, 250)),
        "occ_year": ("2023", "2024"),
        "walls": tuple(f"{x}-metre" for x in range(9, 13)),
        "blocks": ("eight", "8"),
        "poll_n": tuple(f"{x:,}" for x in range(1000, 1600, 20)),
        "first_weeks": tuple(f"{x:,}" for x in range(20000, 30000, 500)),
        "released": tuple(f"{x:,}" for x in range(5000, 8000, 100)),
        "low_pct": tuple(str(x) for x in range(20, 45)),
        "margin": ("2.5", "2.8", "3.1", "3.5"),
        "homicides": tuple(str(x) for x in range(110, 130)),
        "complaints": tuple(f"{x:,}" for x in range(3000, 7000, 150)),
        "poverty": tuple(str(x) for x in range(22, 31)),
        "citizens": ("6.3", "6.4", "6.2"),
        "n_pacts": ("three", "3"),
        "early_year": ("2023", "February 2023"),
        "killed": ("87", "eighty-seven", "more than 80"),
        "extensions": tuple(str(x) for x in range(30, 36)),
    }


FILLER: dict[str, tuple[str, ...]] = {
    "economy": (
        "The economy grew {pct} in {year}, figures from {org} show.",
        "Remittances from relatives abroad reached {money} last year, about {pct} of economic output.",
        "Inflation eased to {pct} in {month}, down from {pct2} a year earlier.",
        "{org} expects growth of {pct} this year, citing stronger exports of {crop}.",
        "Exports of {crop} brought in {money} in the first half of {year}.",
        "{person}, {role}, said prices for {crop} had risen {pct} since {month}.",
        "The government plans to spend {money} on roads and bridges over the next {small} years.",
        "Public debt stands at roughly {pct} of gross domestic product, among the highest in the region.",
        "Foreign tourists made {count} trips to the country in {month}, the tourism ministry said.",
        "The minimum wage for shop and factory workers was raised by {pct} in {year}.",
        "Bitcoin, made legal tender in 2021, is used in fewer than {pct} of transactions.",
        "The {sector} sector employs about {count} workers, many of them in free-trade zones near {city}.",
        "A loan of {money} from the International Monetary Fund came with conditions on spending.",
        "Fuel prices in {city} climbed to {fuel} a gallon on average in {month}, traders said.",
        "Investment in {sector} rose {pct} in {year}, the chamber of commerce said on {weekday}.",
    ),
    "weather": (
        "Heavy rain dropped {mm} of water on {city} in {small} hours on {weekday}.",
        "Temperatures in {city} reached {temp} in {month}, the civil protection agency said.",
        "Forecasters expect {small} named storms this season, {pct} more than the long-term average.",
        "Flooding cut off {count} homes in the department of {dept} after a river burst its banks.",
        "A drought in {year} destroyed {pct} of the {crop} harvest in the eastern departments.",
        "Farmers near {city} said the rainy season started {small} weeks late.",
        "A landslide on {date} blocked the highway between {city} and the coast for {small} days.",
        "The national weather service recorded {mm} of rain in {dept} during the first week of {month}.",
    ),
    "politics": (
        "Lawmakers from {party} voted {votes} to {small} on a spending bill for {year}.",
        "{person}, a deputy for {party}, called for a review of the spending plan in {month}.",
        "Municipal boundaries were redrawn in {year}, cutting the number of municipalities to 44.",
        "The foreign ministry said {count} citizens living abroad had renewed their passports since {month}.",
        "Ambassadors from {small} countries attended a ceremony in {city} on {date}.",
        "{party} holds {small} seats in the Legislative Assembly, {pct} of the total.",
        "The budget for {year} sets aside {money} for public universities, {pct} more than before.",
    ),
    "public": (
        "Police counted {count} traffic accidents on the coastal highway in {year}.",
        "A court in {city} fined {small} companies a total of {money} for tax evasion.",
        "Extortion complaints fell {pct} in {year}, the attorney general's office said.",
        "Schools in {city} enrolled {count} more pupils this year than in {year}.",
        "The health ministry vaccinated {count} children against measles in {month}.",
        "Hospital waiting lists have grown by {pct} since {year}, doctors' unions say.",
        "{team} drew {count} fans to the Cuscatlán stadium for a derby on {weekday}.",
        "A new library in {city} has {count} books and {small} computers for public use.",
        "Coffee growers expect to harvest {count} bags this season, {pct} fewer than in {year}.",
        "The port of Acajutla handled {count} containers in {year}, a rise of {pct}.",
        "About {count} runners took part in a marathon through {city} on {date}.",
        "Internet access reached {pct} of households in {year}, up from {pct2} five years earlier.",
        "The airport expansion is due to cost {money} and serve {count} passengers a year.",
        "{person}, {age}, who sells fruit in {city}, said business had fallen by {pct} since {year}.",
        "A bridge over the Lempa river reopened to traffic on {date} after {small} months of repairs.",
    ),
    "background": (
        "Trump has made the removal of undocumented immigrants a priority of his second term.",
        "Human rights groups have long criticised conditions in the country's overcrowded jails.",
        "Washington has not said how much it would pay, or how many convicts might be sent.",
        "Legal experts in the United States doubted that citizens could be sent abroad to serve sentences.",
        "The idea drew sharp criticism from civil liberties groups and several members of Congress.",
        "Salvadoran officials did not respond to requests for comment on the details.",
        "Critics say the security campaign has eroded civil liberties and the independence of the courts.",
        "For many residents of {city}, the change in daily life has been dramatic.",
        "“We can walk the streets again,” said {person}, {role}.",
        "“Nobody asked us what we think,” said {person}, {role}, in {city}.",
        "The president's office released a video of the event on social media.",
        "Diplomats in the region are watching closely to see how Washington responds.",
    ),
}
TOPICS = tuple(FILLER)


@cache
def slots_of(template: str) -> tuple[str, ...]:
    """The slot names a template uses, in order."""
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)
