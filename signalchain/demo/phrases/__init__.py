"""Phrase banks for the demo texts: data only, no logic.

Every bank is keyed by signal_id where it is signal-specific. Placeholders in braces are filled
per contact by `signalchain.demo.text.slots`.
"""

from signalchain.demo.phrases.mail_nl_change_leave import MAIL_NL_CHANGE_LEAVE
from signalchain.demo.phrases.mail_nl_orient_deliver import MAIL_NL_ORIENT_DELIVER
from signalchain.demo.phrases.mail_nl_use_bill import MAIL_NL_USE_BILL

MAIL_NL = {**MAIL_NL_ORIENT_DELIVER, **MAIL_NL_USE_BILL, **MAIL_NL_CHANGE_LEAVE}
