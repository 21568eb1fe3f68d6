"""Share bars with counts, inbox prompts and reuse-terms footers are chrome; prose naming the
same networks is not (invented lines)."""
import pytest

from sitrep.clean.chrome import chrome_reason


@pytest.mark.parametrize("line", [
    "Share  |  Facebook 88  |  X 12  |  Telegram",
    "Share: WhatsApp | Viber | VK   👁 2,950",
    "Facebook | X | Email",
    "The morning's key headlines from the Horn of Africa, straight into your inbox.",
    "All rights reserved. When using materials, a link to the news agency is required.",
    "Reproduction is permitted only with a reference to the source.",
])
def test_chrome(line):
    assert chrome_reason(line) is not None


@pytest.mark.parametrize("line", [
    "The militia used Telegram and Facebook to recruit fighters in Cabo Delgado, police said.",
    "Reprinting of the letter is prohibited without consent, the court said on Monday in Kampala.",
    "Rebels sent threats to officials' inbox accounts, the ministry said.",
])
def test_prose(line):
    assert chrome_reason(line) is None
