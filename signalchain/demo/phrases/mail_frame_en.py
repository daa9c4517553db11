"""The parts around an English mail's problem sentence."""

GREETINGS = [
    "Hello,", "Hi,", "Dear Sir/Madam,", "Good morning,", "Dear customer service,", "Hi there,",
    "Good afternoon,", "To whom it may concern,", "Hello {agent},", "Dear team,",
]

OPENERS = [
    "Sorry for writing in English, my Dutch is not good enough yet.", "I hope you can help me.",
    "I'm an expat and recently moved to the Netherlands.", "I called before but could not get help.",
    "Apologies for the long message.", "I have a question.", "Following up on my previous message:",
]

CONTEXTS = [
    "I have already called twice.", "This is really frustrating.", "I work from home so I really need this fixed.",
    "I tried the app but it did not help.", "I have been a customer for {years} years.",
    "I restarted the modem several times.", "Your website does not mention anything about this.",
    "My neighbour has the same problem.", "I rely on my phone for work.",
]

QUESTIONS = [
    "Could you please look into this?", "Can you help me?", "Please get back to me asap.",
    "What should I do now?", "When will this be fixed?", "Could you call me back?",
    "I look forward to your reply.", "Please let me know.", "Thanks in advance for your help.",
]

CLOSINGS = ["Kind regards,", "Best,", "Thanks,", "Regards,", "Best regards,", "Cheers,", "Many thanks,", "Sincerely,"]

SECONDARY_CONNECTORS = ["Also:", "Another thing:", "Besides that:", "PS:", "One more issue:"]

SUBJECTS = ["Question", "Problem", "Complaint", "Invoice", "Help needed", "Urgent", "", "My subscription"]

CHAT_OPENERS = ["Hi", "Hello", "", "", "hi, "]
