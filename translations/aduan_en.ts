<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>aduan::gui::ComplaintDetailView</name>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::DraftKeeper</name>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>%n file attached</numerusform>
            <numerusform>%n files attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::IdleLock</name>
    <message numerus="yes">
        <source>The screen was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>The screen was locked after %n minute without use.</numerusform>
            <numerusform>The screen was locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n more wrong password(s) the account is locked.</source>
        <translation>
            <numerusform>After %n more wrong password the account is locked.</numerusform>
            <numerusform>After %n more wrong passwords the account is locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n row in the file.</numerusform>
            <numerusform>%n rows in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::InboxPage</name>
    <message numerus="yes">
        <source>%1: %n complaint(s) waiting</source>
        <translation>
            <numerusform>%1: %n complaint waiting</numerusform>
            <numerusform>%1: %n complaints waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::NewComplaintPage</name>
    <message numerus="yes">
        <source>%n open complaint(s) with the same NIK or phone. Tick one to link the new complaint to it.</source>
        <translation>
            <numerusform>%n open complaint with the same NIK or phone. Tick one to link the new complaint to it.</numerusform>
            <numerusform>%n open complaints with the same NIK or phone. Tick one to link the new complaint to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::RegisterPage</name>
    <message numerus="yes">
        <source>%1 complaint(s)</source>
        <extracomment>The register&apos;s total; %1 is the number grouped the Indonesian way (&quot;1.250&quot;).</extracomment>
        <translation>
            <numerusform>%1 complaint</numerusform>
            <numerusform>%1 complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::SmsInboxPage</name>
    <message numerus="yes">
        <source>%n message(s) that the SMS daemon had not handed over were taken in.</source>
        <translation>
            <numerusform>%n message that the SMS daemon had not handed over was taken in.</numerusform>
            <numerusform>%n messages that the SMS daemon had not handed over were taken in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aduan::gui::SopPage</name>
    <message numerus="yes">
        <source>Total time: %n working minute(s)</source>
        <translation>
            <numerusform>Total time: %n working minute</numerusform>
            <numerusform>Total time: %n working minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
