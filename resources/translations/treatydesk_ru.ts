<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../views/case_editor/parties.py" line="564"/>
        <source>Add an existing person</source>
        <translation>Добавить существующее лицо</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="573"/>
        <source>Name, original-script name or pseudonym, e.g. Nurpeisova</source>
        <translation>Имя, имя в оригинальном написании или псевдоним, например Нурпеисова</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="576"/>
        <source>Search people</source>
        <translation>Поиск людей</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="578"/>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="580"/>
        <source>Type to search.</source>
        <translation>Введите текст для поиска.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="582"/>
        <source>Role in this case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="587"/>
        <source>&amp;Add to case</source>
        <translation>&amp;Добавить в дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="594"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="596"/>
        <source>&amp;Role in this case:</source>
        <translation>&amp;Роль в деле:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="627"/>
        <source>similar name, {score}%</source>
        <translation>похожее имя, {score}%</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="652"/>
        <source>already a party to this case</source>
        <translation>уже является стороной в деле</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="664"/>
        <source>{count} found. Other spellings and scripts are searched too.</source>
        <translation>Найдено: {count}. Поиск учитывает и другие написания и алфавиты.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="668"/>
        <source>Nobody found: create the person with “New person…”.</source>
        <translation>Никто не найден: создайте лицо кнопкой «Новое лицо…».</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="674"/>
        <source>Choose a person from the list first.</source>
        <translation>Сначала выберите лицо из списка.</translation>
    </message>
</context>
<context>
    <name>ArticlesEditor</name>
    <message>
        <location filename="../../views/case_editor/decision.py" line="97"/>
        <source>Article to add to {list}</source>
        <translation>Статья для добавления в список «{list}»</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="106"/>
        <source>Paragraph and sub-paragraph, e.g. (1) or (3)(b); optional</source>
        <translation>Пункт и подпункт, например (1) или (3)(b); необязательно</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="108"/>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="112"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="112"/>
        <source>Add the article chosen</source>
        <translation>Добавить выбранную статью</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="115"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="115"/>
        <source>Remove the selected article</source>
        <translation>Убрать выбранную статью</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="133"/>
        <source>Art. {number} — {title}</source>
        <translation>Ст. {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="174"/>
        <source>not an article of this treaty</source>
        <translation>не является статьёй этого договора</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="91"/>
        <source>New assessment of ¶ {paragraph}</source>
        <translation>Новая оценка по пункту {paragraph}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="93"/>
        <source>Assessment of ¶ {paragraph}</source>
        <translation>Оценка по пункту {paragraph}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="98"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="99"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="102"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="104"/>
        <source>What the State did or did not do</source>
        <translation>Что государство сделало или не сделало</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="108"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="110"/>
        <source>Reports, letters, hearings</source>
        <translation>Доклады, письма, слушания</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="114"/>
        <source>Sub-items still open</source>
        <translation>Невыполненные подпункты</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="115"/>
        <source>e.g. b, c</source>
        <translation>например, b, c</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="116"/>
        <source>The letters of the recommendation&apos;s sub-items not implemented yet</source>
        <translation>Буквы подпунктов рекомендации, которые ещё не выполнены</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="120"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="121"/>
        <source>Case references, e.g. KZ-CCPR-2137, KZ-CAT-433</source>
        <translation>Номера дел, например KZ-CCPR-2137, KZ-CAT-433</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="122"/>
        <source>Cases that illustrate the assessment, by their reference</source>
        <translation>Дела, иллюстрирующие оценку (по их номерам)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="141"/>
        <source>Grades: A largely satisfactory · B partially · C not satisfactory · D no cooperation · E contrary to the recommendation.</source>
        <translation>Оценки: A в основном удовлетворительно · B частично · C неудовлетворительно · D отсутствие сотрудничества · E противоречит рекомендации.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="147"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="150"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="204"/>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="240"/>
        <source>This assessment was deleted elsewhere. Nothing was saved; what you typed is still here.</source>
        <translation>Эта оценка была удалена в другом месте. Ничего не сохранено; введённые вами данные остались здесь.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="253"/>
        <source>Reloaded as saved elsewhere, with your changes put back: check them and save.</source>
        <translation>Перезагружено в том виде, как сохранено в другом месте, с возвращением ваших изменений: проверьте их и сохраните.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/assessment.py" line="259"/>
        <source>assessment</source>
        <translation>оценка</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../views/case_editor/documents.py" line="43"/>
        <source>Attachment</source>
        <extracomment>The kinds of an attached file (keys of DocumentService.attachment_kinds()), in words.</extracomment>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="44"/>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="45"/>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="46"/>
        <source>Submission</source>
        <translation>Представление</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="47"/>
        <source>Decision or report</source>
        <translation>Решение или доклад</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="48"/>
        <source>Domestic court record</source>
        <translation>Материалы национального суда</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="72"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="77"/>
        <source>{name} will be copied into the case&apos;s documents (encrypted when the database is), with its fingerprint so that any later change shows.</source>
        <translation>{name} будет скопирован в документы дела (с шифрованием, если зашифрована база данных) вместе с отпечатком, чтобы любое последующее изменение было заметно.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="85"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="87"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="94"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="96"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="104"/>
        <source>&amp;Attach</source>
        <translation>&amp;Прикрепить</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="121"/>
        <source>Give the document a title.</source>
        <translation>Укажите название документа.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../views/dialogs/backup.py" line="32"/>
        <source>Taken on request</source>
        <translation>Создана по запросу</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="33"/>
        <source>Daily, at the first start of the day</source>
        <translation>Ежедневная, при первом запуске за день</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="34"/>
        <source>Before a restore (the database then replaced)</source>
        <translation>Перед восстановлением (после чего база данных заменена)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="43"/>
        <source>Before an upgrade of the database</source>
        <translation>Перед обновлением базы данных</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="49"/>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="52"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../views/pages/charts.py" line="124"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/charts.py" line="183"/>
        <source>{label}: %n case — click to list them</source>
        <translation>
            <numerusform>{label}: %n дело — щёлкните, чтобы показать список</numerusform>
            <numerusform>{label}: %n дела — щёлкните, чтобы показать список</numerusform>
            <numerusform>{label}: %n дел — щёлкните, чтобы показать список</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/charts.py" line="185"/>
        <source>{label}: %n cases — click to list them</source>
        <translation>
            <numerusform>{label}: %n дело — щёлкните, чтобы показать список</numerusform>
            <numerusform>{label}: %n дела — щёлкните, чтобы показать список</numerusform>
            <numerusform>{label}: %n дел — щёлкните, чтобы показать список</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/charts.py" line="189"/>
        <source>{label}: %n case</source>
        <translation>
            <numerusform>{label}: %n дело</numerusform>
            <numerusform>{label}: %n дела</numerusform>
            <numerusform>{label}: %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/charts.py" line="191"/>
        <source>{label}: %n cases</source>
        <translation>
            <numerusform>{label}: %n дело</numerusform>
            <numerusform>{label}: %n дела</numerusform>
            <numerusform>{label}: %n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <location filename="../../views/case_editor/fields.py" line="304"/>
        <location filename="../../views/case_editor/fields.py" line="395"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="521"/>
        <source>“{text}” is not a {what} TreatyDesk knows: choose one from the list (type part of its name).</source>
        <translation>«{text}» — TreatyDesk не знает такого значения ({what}): выберите из списка (введите часть названия).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="585"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="587"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="622"/>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="631"/>
        <source>{label}: “{text}” is not a date. Type it as day.month.year, e.g. 18.01.2025, or leave the field empty.</source>
        <translation>{label}: «{text}» — не дата. Введите её в виде день.месяц.год, например 18.01.2025, или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="639"/>
        <source>{label} is required (day.month.year, e.g. 18.01.2025).</source>
        <translation>Поле «{label}» обязательно (день.месяц.год, например 18.01.2025).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="694"/>
        <source>e.g. 11,250,000</source>
        <translation>например, 11,250,000</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="714"/>
        <source>The amount “{text}” is not a number, e.g. 11,250,000 or 1250.50.</source>
        <translation>Сумма «{text}» не является числом; пример: 11,250,000 или 1250.50.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="721"/>
        <source>The amount must be a number, e.g. 11,250,000.</source>
        <translation>Сумма должна быть числом, например 11,250,000.</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="461"/>
        <source>Set status for selection</source>
        <translation>Задать статус для выделенного</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="479"/>
        <source>%n cell</source>
        <translation>
            <numerusform>%n ячейка</numerusform>
            <numerusform>%n ячейки</numerusform>
            <numerusform>%n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="479"/>
        <source>%n cells</source>
        <translation>
            <numerusform>%n ячейка</numerusform>
            <numerusform>%n ячейки</numerusform>
            <numerusform>%n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="481"/>
        <source>%n victim</source>
        <translation>
            <numerusform>%n жертва</numerusform>
            <numerusform>%n жертвы</numerusform>
            <numerusform>%n жертв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="483"/>
        <source>%n victims</source>
        <translation>
            <numerusform>%n жертва</numerusform>
            <numerusform>%n жертвы</numerusform>
            <numerusform>%n жертв</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="486"/>
        <source>Set one status for {cells}: {victims} × {remedies}.</source>
        <translation>Задать один статус для выделенного — {cells}: {victims} × {remedies}.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="494"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="497"/>
        <source>Amount (each victim)</source>
        <translation>Сумма (каждой жертве)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="498"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="499"/>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="500"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="502"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="502"/>
        <source>e.g. the State&apos;s reply of …</source>
        <translation>напр., ответ государства от …</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="506"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="507"/>
        <source>&amp;Amount (each victim):</source>
        <translation>С&amp;умма (каждой жертве):</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="508"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="509"/>
        <source>As &amp;of:</source>
        <translation>По сост&amp;оянию на:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="510"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Доказательства:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="511"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="527"/>
        <source>Only remedies that pay money have an amount</source>
        <translation>Сумма указывается только для денежных мер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="534"/>
        <source>%n of the selected cells already record an amount, a date, evidence or a source: they are replaced by what you enter here.</source>
        <translation>
            <numerusform>В %n из выделенных ячеек уже указаны сумма, дата, доказательства или источник: они будут заменены введёнными здесь данными.</numerusform>
            <numerusform>В %n из выделенных ячеек уже указаны сумма, дата, доказательства или источник: они будут заменены введёнными здесь данными.</numerusform>
            <numerusform>В %n из выделенных ячеек уже указаны сумма, дата, доказательства или источник: они будут заменены введёнными здесь данными.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="543"/>
        <source>Set status for %n cell</source>
        <translation>
            <numerusform>Задать статус для %n ячейки</numerusform>
            <numerusform>Задать статус для %n ячеек</numerusform>
            <numerusform>Задать статус для %n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="545"/>
        <source>Set status for %n cells</source>
        <translation>
            <numerusform>Задать статус для %n ячейки</numerusform>
            <numerusform>Задать статус для %n ячеек</numerusform>
            <numerusform>Задать статус для %n ячеек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleConflictsDialog</name>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="38"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="39"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="40"/>
        <source>Mine (this computer)</source>
        <translation>Моё (этот компьютер)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="41"/>
        <source>Theirs (the bundle)</source>
        <translation>Из пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="42"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="45"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="46"/>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="47"/>
        <source>Theirs</source>
        <translation>Из пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="73"/>
        <source>Import case bundle — {name}</source>
        <translation>Импорт пакета дел — {name}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="87"/>
        <source>Conflicting fields</source>
        <translation>Конфликтующие поля</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="97"/>
        <source>Keep all &amp;mine</source>
        <translation>Оставить всё &amp;моё</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="99"/>
        <source>Take all &amp;theirs</source>
        <translation>Взять всё из &amp;пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="121"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="147"/>
        <source>no case</source>
        <translation>нет дел</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="149"/>
        <source>{source}: {cases}, made by {who} on {when} (UTC).</source>
        <translation>{source}: {cases}; создан: {who}, {when} (UTC).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="153"/>
        <source>New: {new}. Changed there only (taken): {updated}. Deleted there (deleted here too): {deleted}. Unchanged: {unchanged}.</source>
        <translation>Новых: {new}. Изменено только там (принято): {updated}. Удалено там (удалено и здесь): {deleted}. Без изменений: {unchanged}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_conflicts.py" line="165"/>
        <source>%n field(s) were changed on both computers: choose, for each, which value to keep. Nothing is saved until you press Import.</source>
        <translation>
            <numerusform>%n поле изменено на обоих компьютерах: выберите, какое значение оставить. Ничего не сохраняется, пока вы не нажмёте «Импорт».</numerusform>
            <numerusform>%n поля изменены на обоих компьютерах: выберите для каждого, какое значение оставить. Ничего не сохраняется, пока вы не нажмёте «Импорт».</numerusform>
            <numerusform>%n полей изменено на обоих компьютерах: выберите для каждого, какое значение оставить. Ничего не сохраняется, пока вы не нажмёте «Импорт».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="172"/>
        <source>No conflicts. Nothing is saved until you press Import.</source>
        <translation>Конфликтов нет. Ничего не сохраняется, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="188"/>
        <source>Keep for {record}, {field}</source>
        <translation>Оставить для {record}, {field}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="232"/>
        <source>The bundle cannot be imported (see the problems).</source>
        <translation>Пакет не может быть импортирован (см. проблемы).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_conflicts.py" line="236"/>
        <source>%n conflicting field(s) still to settle.</source>
        <translation>
            <numerusform>Осталось разрешить %n конфликтующее поле.</numerusform>
            <numerusform>Осталось разрешить %n конфликтующих поля.</numerusform>
            <numerusform>Осталось разрешить %n конфликтующих полей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_conflicts.py" line="239"/>
        <source>Import the bundle with your choices.</source>
        <translation>Импортировать пакет с учётом вашего выбора.</translation>
    </message>
</context>
<context>
    <name>BundleTransfer</name>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="139"/>
        <source>Too short: at least 8 characters (a few words are best).</source>
        <translation>Слишком короткая: не менее 8 символов (лучше несколько слов).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="143"/>
        <source>Weak: easy to guess. Add words, digits or signs.</source>
        <translation>Слабая: легко угадать. Добавьте слова, цифры или знаки.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="147"/>
        <source>Fair: one or two more words would make it much harder to guess.</source>
        <translation>Средняя: ещё одно-два слова сильно затруднят подбор.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="151"/>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="152"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="157"/>
        <source>{n} bytes</source>
        <translation>{n} байт</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="161"/>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="164"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
</context>
<context>
    <name>CaseChecklist</name>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="237"/>
        <source>Filter by reference, title, symbol or number</source>
        <translation>Фильтр по номеру дела, названию, условному обозначению или номеру сообщения</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="239"/>
        <source>Filter the cases</source>
        <translation>Фильтр дел</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="242"/>
        <source>Cases to put in the bundle</source>
        <translation>Дела для включения в пакет</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="279"/>
        <source>Showing {shown} of {total} cases: type in the filter to find others.</source>
        <translation>Показано {shown} из {total} дел: введите текст в фильтр, чтобы найти другие.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="284"/>
        <source>No case matches the filter.</source>
        <translation>Ни одно дело не соответствует фильтру.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="330"/>
        <source>No case chosen yet: tick the cases to take.</source>
        <translation>Дела ещё не выбраны: отметьте нужные дела.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_transfer.py" line="332"/>
        <source>%n case(s) chosen</source>
        <translation>
            <numerusform>Выбрано %n дело</numerusform>
            <numerusform>Выбрано %n дела</numerusform>
            <numerusform>Выбрано %n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../views/case_editor/editor.py" line="94"/>
        <location filename="../../views/case_editor/editor.py" line="152"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="95"/>
        <source>Save everything changed in this case (Ctrl+S)</source>
        <translation>Сохранить все изменения в этом деле (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="97"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="98"/>
        <source>Discard unsaved changes and show the case as saved</source>
        <translation>Отбросить несохранённые изменения и показать дело в сохранённом виде</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="156"/>
        <source>Re&amp;vert to saved</source>
        <translation>&amp;Вернуть сохранённое</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="158"/>
        <source>Set status for se&amp;lection…</source>
        <translation>Задать статус для в&amp;ыделенного…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="165"/>
        <source>&amp;Generate…</source>
        <translation>Со&amp;здать…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="169"/>
        <source>Generate a letter or a status summary of this case</source>
        <translation>Создать письмо или сводку о состоянии этого дела</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="172"/>
        <source>&amp;Print status summary</source>
        <translation>&amp;Печать сводки о состоянии</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="175"/>
        <source>Write the one-page status summary (PDF) and open it</source>
        <translation>Записать одностраничную сводку о состоянии (PDF) и открыть её</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="265"/>
        <source>the new case</source>
        <translation>новое дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="266"/>
        <location filename="../../views/case_editor/editor.py" line="522"/>
        <source>case {reference}</source>
        <translation>дело {reference}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="294"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="294"/>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="316"/>
        <source>Save the new case first</source>
        <translation>Сначала сохраните новое дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="324"/>
        <source>Changed in the database while you were editing, and by you too: {fields}. Your values are kept; check them before saving.</source>
        <translation>Изменено в базе данных во время вашего редактирования, а также вами: {fields}. Ваши значения сохранены; проверьте их перед сохранением.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="343"/>
        <source>The case could not be read: {reason}</source>
        <translation>Не удалось прочитать дело: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="353"/>
        <source>Something went wrong (a bug, not your data): the details are in the log. Nothing you typed is lost; save again or copy your text.</source>
        <translation>Что-то пошло не так (ошибка программы, а не ваших данных): подробности в журнале. Введённое вами не потеряно; сохраните снова или скопируйте текст.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="372"/>
        <source>Saved {case}.</source>
        <translation>Сохранено: {case}.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="383"/>
        <source>Revert to saved</source>
        <translation>Вернуть сохранённое</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="384"/>
        <source>Discard these unsaved changes and show {case} as saved?</source>
        <translation>Отбросить эти несохранённые изменения и показать {case} в сохранённом виде?</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="388"/>
        <source>Discard changes</source>
        <translation>Отбросить изменения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="425"/>
        <location filename="../../views/case_editor/editor.py" line="429"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="487"/>
        <source>{reason} What you typed is still in the editor.</source>
        <translation>{reason} Введённое вами остаётся в редакторе.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="506"/>
        <source>Changed on both sides (your value kept): {fields}.</source>
        <translation>Изменено с обеих сторон (сохранено ваше значение): {fields}.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="513"/>
        <source>The case is shown as saved now, with your changes re-applied on top.</source>
        <translation>Дело показано в сохранённом виде, поверх него снова применены ваши изменения.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="516"/>
        <source>Check them, then save (Ctrl+S).</source>
        <translation>Проверьте их и сохраните (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="532"/>
        <source>Save the new case first, then generate its documents.</source>
        <translation>Сначала сохраните новое дело, затем создавайте его документы.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="547"/>
        <source>Save the new case first, then print its status summary.</source>
        <translation>Сначала сохраните новое дело, затем печатайте его сводку о состоянии.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="549"/>
        <source>Writing the status summary…</source>
        <translation>Запись сводки о состоянии…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="576"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="576"/>
        <source>Loading the case…</source>
        <translation>Загрузка дела…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/editor.py" line="579"/>
        <source>Fill in at least the reference, title, treaty body and State party, then save.</source>
        <translation>Заполните хотя бы номер, название, договорный орган и государство-участник, затем сохраните.</translation>
    </message>
</context>
<context>
    <name>CaseEditorColumns</name>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="83"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="85"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="90"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="95"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="97"/>
        <source>Computed from the treaty body&apos;s rules, or entered by hand</source>
        <translation>Вычислен по правилам договорного органа или введён вручную</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="102"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="106"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>CaseEditorWindow</name>
    <message>
        <location filename="../../views/case_editor/window.py" line="81"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/window.py" line="88"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/window.py" line="94"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/window.py" line="101"/>
        <source>&amp;Implementation</source>
        <translation>&amp;Выполнение</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="47"/>
        <source>Communication No. {number}</source>
        <translation>Сообщение № {number}</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="55"/>
        <source>No open deadline</source>
        <translation>Нет открытых сроков</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="56"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="57"/>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="64"/>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="67"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="73"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="76"/>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="79"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="83"/>
        <source>State party</source>
        <translation>Государство-участник</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="86"/>
        <source>Symbol</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="90"/>
        <source>Document symbol, or the communication number until one is given</source>
        <translation>Условное обозначение документа или номер сообщения, пока обозначение не присвоено</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="94"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="96"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="99"/>
        <source>Victims</source>
        <translation>Жертвы</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="103"/>
        <source>People recorded as victims in the case</source>
        <translation>Лица, записанные в деле как жертвы</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="106"/>
        <source>Lead lawyer</source>
        <translation>Ведущий юрист</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="109"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="113"/>
        <source>The earliest deadline of the case not yet done (see the Dashboard). Deadlines are computed from the Committees&apos; rules, so sorting by them would mean computing those of every case: filter on overdue deadlines instead</source>
        <translation>Самый ранний невыполненный срок по делу (см. Сводку). Сроки вычисляются по правилам Комитетов, поэтому сортировка по ним потребовала бы вычисления сроков всех дел: вместо этого используйте фильтр по просроченным срокам</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="180"/>
        <source>(no longer exists — press F5)</source>
        <translation>(больше не существует — нажмите F5)</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="211"/>
        <source>{tip} — this column cannot be sorted</source>
        <translation>{tip} — этот столбец нельзя сортировать</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/cases_model.py" line="214"/>
        <source>Cannot be sorted</source>
        <translation>Сортировка невозможна</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../views/pages/cases.py" line="128"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="146"/>
        <source>Filter by reference, title, symbol or number (Ctrl+F)</source>
        <translation>Фильтр по ссылке, названию, обозначению или номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="150"/>
        <source>All treaty bodies</source>
        <translation>Все договорные органы</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="150"/>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="152"/>
        <source>All States</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="152"/>
        <source>State party</source>
        <translation>Государство-участник</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="153"/>
        <source>All stages</source>
        <translation>Все стадии</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="153"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="155"/>
        <source>All outcomes</source>
        <translation>Все итоги</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="155"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="158"/>
        <source>All lead lawyers</source>
        <translation>Все ведущие юристы</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="158"/>
        <source>Lead lawyer</source>
        <translation>Ведущий юрист</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="160"/>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="160"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="171"/>
        <source>&amp;Overdue deadline</source>
        <translation>&amp;Просроченный срок</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="173"/>
        <source>Only cases with a deadline past due and not marked done</source>
        <translation>Только дела с истёкшим сроком, не отмеченным как выполненный</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="176"/>
        <source>C&amp;lear filters</source>
        <translation>О&amp;чистить фильтры</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="179"/>
        <source>Col&amp;umns</source>
        <translation>&amp;Столбцы</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="181"/>
        <source>Choose the columns shown (also: right-click a heading)</source>
        <translation>Выбрать отображаемые столбцы (также: щелчок правой кнопкой по заголовку)</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="187"/>
        <source>Generate &amp;portfolio…</source>
        <translation>Создать &amp;портфель…</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="190"/>
        <source>A PDF table of the cases the filter shows, with a chart of how their remedies are implemented</source>
        <translation>Таблица PDF с делами, отобранными фильтром, и диаграммой выполнения средств правовой защиты</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="197"/>
        <source>Print status &amp;summary</source>
        <translation>Печать &amp;сводки о статусе</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="199"/>
        <source>The one-page status summary (PDF) of the selected case</source>
        <translation>Одностраничная сводка о статусе (PDF) выбранного дела</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="205"/>
        <source>Export the cases list as filtered</source>
        <translation>Экспортировать отфильтрованный список дел</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="213"/>
        <source>Number of cases shown</source>
        <translation>Число показанных дел</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="240"/>
        <source>Every communication in this database. Click a column heading to sort; type or choose to filter; Enter or a double-click opens a case.</source>
        <translation>Все сообщения в этой базе данных. Щёлкните заголовок столбца для сортировки; введите текст или выберите значение для фильтрации; Enter или двойной щелчок открывает дело.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/cases.py" line="358"/>
        <source>%n case</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/cases.py" line="358"/>
        <source>%n cases</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/cases.py" line="364"/>
        <source>%n of {total} cases match “{text}”</source>
        <translation>
            <numerusform>%n из {total} дел соответствует «{text}»</numerusform>
            <numerusform>%n из {total} дел соответствуют «{text}»</numerusform>
            <numerusform>%n из {total} дел соответствуют «{text}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/cases.py" line="370"/>
        <source>%n of {total} cases match the filter</source>
        <translation>
            <numerusform>%n из {total} дел соответствует фильтру</numerusform>
            <numerusform>%n из {total} дел соответствуют фильтру</numerusform>
            <numerusform>%n из {total} дел соответствуют фильтру</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="452"/>
        <source>Exporting is not available here.</source>
        <translation>Экспорт здесь недоступен.</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="472"/>
        <source>Select a case first, then print its status summary.</source>
        <translation>Сначала выберите дело, затем распечатайте сводку о его статусе.</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="478"/>
        <source>The cases could not be read: {message}</source>
        <translation>Не удалось прочитать дела: {message}</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <location filename="../../views/case_editor/window.py" line="255"/>
        <source>the open cases</source>
        <translation>открытые дела</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../views/qtmodels/records.py" line="49"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="54"/>
        <source>Original script</source>
        <translation>В оригинале</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="56"/>
        <source>The name as written in the person&apos;s own script</source>
        <translation>Имя в написании на родном языке человека</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="59"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="61"/>
        <source>The name or initials documents use when the person may not be named</source>
        <translation>Имя или инициалы, используемые в документах, если человека нельзя называть</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="151"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="157"/>
        <location filename="../../views/qtmodels/records.py" line="65"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="161"/>
        <source>Consent to act</source>
        <translation>Согласие на представление</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="166"/>
        <source>Named in documents</source>
        <translation>Имя в документах</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="169"/>
        <source>Green: real name (consent given); amber: pseudonym or initials</source>
        <translation>Зелёный: настоящее имя (согласие дано); жёлтый: псевдоним или инициалы</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="174"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="177"/>
        <source>Safety notes recorded for this person</source>
        <translation>Заметки о безопасности, записанные для этого человека</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="66"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="68"/>
        <location filename="../../views/qtmodels/records.py" line="227"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="71"/>
        <source>The cases the person is a party to</source>
        <translation>Дела, в которых участвует человек</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="74"/>
        <source>Consent to be named</source>
        <translation>Согласие на указание имени</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="97"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="72"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="74"/>
        <location filename="../../views/qtmodels/records.py" line="98"/>
        <location filename="../../views/qtmodels/records.py" line="311"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="329"/>
        <source>Remedy</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="330"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="332"/>
        <source>Current grade</source>
        <translation>Текущая оценка</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="335"/>
        <source>The grade of the Committee&apos;s latest follow-up assessment</source>
        <translation>Оценка Комитета в его последнем анализе последующих мер</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="340"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="155"/>
        <location filename="../../views/qtmodels/records.py" line="99"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="117"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="119"/>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="122"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="125"/>
        <source>State party</source>
        <translation>Государство-участник</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="127"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="129"/>
        <source>CO symbol</source>
        <translation>Обозначение ЗЗ</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="131"/>
        <source>Symbol of the concluding observations</source>
        <translation>Условное обозначение заключительных замечаний</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="133"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="135"/>
        <source>Adopted</source>
        <translation>Приняты</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="140"/>
        <source>Follow-up due</source>
        <translation>Срок посл. мер</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="145"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="171"/>
        <source>Paragraph of the concluding observations</source>
        <translation>Пункт заключительных замечаний</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="174"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="177"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="180"/>
        <source>Picked by the Committee for follow-up within the set date</source>
        <translation>Отобрана Комитетом для последующих мер в установленный срок</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="185"/>
        <source>Latest grade</source>
        <translation>Последняя оценка</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="190"/>
        <source>The grade of the NGO&apos;s newest assessment (A–E)</source>
        <translation>Последняя оценка НПО (A–E)</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="192"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="89"/>
        <location filename="../../views/case_editor/followup.py" line="222"/>
        <location filename="../../views/qtmodels/records.py" line="211"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="90"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="92"/>
        <source>After the previous step</source>
        <translation>После пред. этапа</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="94"/>
        <source>Time since the previous dated step</source>
        <translation>Время, прошедшее после предыдущего датированного этапа</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="97"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="216"/>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="403"/>
        <source>General remedy</source>
        <translation>Общая мера</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="408"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="413"/>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="417"/>
        <location filename="../../views/qtmodels/records.py" line="222"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="421"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="155"/>
        <location filename="../../views/qtmodels/records.py" line="288"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="160"/>
        <location filename="../../views/qtmodels/records.py" line="293"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="161"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="162"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="295"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="223"/>
        <location filename="../../views/case_editor/proceedings.py" line="38"/>
        <location filename="../../views/qtmodels/records.py" line="312"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="224"/>
        <source>In/out</source>
        <translation>Вх./исх.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="225"/>
        <source>Symbol</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="227"/>
        <source>Grades</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="232"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="313"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="314"/>
        <source>Redacted</source>
        <translation>Обезличен</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="316"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="320"/>
        <source>Created by</source>
        <translation>Кем создан</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="40"/>
        <source>Authority or court</source>
        <translation>Орган или суд</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="44"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="45"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="46"/>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="48"/>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="51"/>
        <source>The final domestic decision: the filing limit runs from it</source>
        <translation>Окончательное внутреннее решение: от него отсчитывается срок подачи</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="56"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="64"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="69"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="71"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="76"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="80"/>
        <source>Encrypted</source>
        <translation>Зашифровано</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../views/case_editor/committee.py" line="58"/>
        <source>same day</source>
        <translation>в тот же день</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="85"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="159"/>
        <source>The life of the communication, from the facts to the decision, as recorded in Overview (your unsaved changes included) and computed from the Committee&apos;s rules. Press Enter or double-click a step to edit its date.</source>
        <translation>Ход рассмотрения сообщения — от фактов до решения — по данным вкладки «Общие сведения» (включая несохранённые изменения) и с расчётом по правилам процедуры Комитета. Нажмите Enter или дважды щёлкните этап, чтобы изменить его дату.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="205"/>
        <source>session {session}</source>
        <translation>сессия {session}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="212"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="215"/>
        <source>Final domestic decision</source>
        <translation>Окончательное внутреннее решение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="216"/>
        <source>Domestic remedies exhausted</source>
        <translation>Внутренние средства защиты исчерпаны</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="221"/>
        <source>Submission to the Committee</source>
        <translation>Подача в Комитет</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="229"/>
        <source>Interim measures requested</source>
        <translation>Запрошены временные меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="237"/>
        <source>Interim measures granted</source>
        <translation>Приняты временные меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="244"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="245"/>
        <source>Communication No. {number}</source>
        <translation>Сообщение № {number}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="250"/>
        <source>Transmittal to the State party</source>
        <translation>Препровождение государству-участнику</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="257"/>
        <source>met</source>
        <translation>соблюдён</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="262"/>
        <source>{status}; computed from {basis}</source>
        <translation>{status}; рассчитано исходя из: {basis}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="271"/>
        <source>State party&apos;s observations received</source>
        <translation>Получены замечания государства-участника</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="276"/>
        <source>Decision adopted</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/committee.py" line="282"/>
        <source>Decision transmitted to the parties</source>
        <translation>Решение препровождено сторонам</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="103"/>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="108"/>
        <source>&lt;p&gt;&lt;b&gt;The {what} was changed elsewhere since you opened it&lt;/b&gt; (in another window, or by another user). Nothing was saved and nothing was overwritten: everything you typed is still in the editor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reload and re-apply my changes&lt;/b&gt; shows the record as it is saved now, with your changes put back on top; check them, then save again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Запись ({what}) была изменена в другом месте после того, как вы её открыли&lt;/b&gt; (в другом окне или другим пользователем). Ничего не сохранено и ничего не перезаписано: всё, что вы ввели, по-прежнему в редакторе.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Перезагрузить и применить мои изменения заново&lt;/b&gt; — показывает запись в том виде, в каком она сохранена сейчас, с вашими изменениями поверх; проверьте их и сохраните снова.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="120"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="120"/>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="120"/>
        <source>Saved elsewhere</source>
        <translation>Сохранено в другом месте</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="120"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="138"/>
        <source>&amp;Reload and re-apply my changes</source>
        <translation>&amp;Перезагрузить и применить мои изменения заново</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="140"/>
        <source>&amp;Keep editing without saving</source>
        <translation>Продолжить &amp;редактирование без сохранения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="159"/>
        <source>Changed both here and elsewhere: {fields}. Your value is kept; the value saved elsewhere is shown above so you can decide.</source>
        <translation>Изменено и здесь, и в другом месте: {fields}. Сохраняется ваше значение; значение, сохранённое в другом месте, показано выше, чтобы вы могли решить.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="165"/>
        <source>The other change did not touch the fields you changed.</source>
        <translation>Другое изменение не затронуло поля, которые изменили вы.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="168"/>
        <source>No field was changed on both sides: your changes and the other ones combine.</source>
        <translation>Ни одно поле не изменено с обеих сторон: ваши и другие изменения объединяются.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="175"/>
        <source>Both changed: yours kept</source>
        <translation>Изменено обеими сторонами: оставлено ваше</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="176"/>
        <source>Yours kept</source>
        <translation>Оставлено ваше</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="177"/>
        <source>Taken from the database</source>
        <translation>Взято из базы данных</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="179"/>
        <source>(unchanged)</source>
        <translation>(без изменений)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../views/pages/dashboard.py" line="121"/>
        <location filename="../../views/pages/dashboard.py" line="243"/>
        <location filename="../../views/pages/dashboard.py" line="443"/>
        <source>Reading the deadlines and figures of every case…</source>
        <translation>Чтение сроков и показателей всех дел…</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="130"/>
        <source>Fully</source>
        <translation>Полностью</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="131"/>
        <location filename="../../views/pages/dashboard.py" line="508"/>
        <source>Partially</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="132"/>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="133"/>
        <location filename="../../views/pages/dashboard.py" line="510"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="183"/>
        <source>Export the deadlines listed</source>
        <translation>Экспорт сроков из списка</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="189"/>
        <source>Export the deadlines listed to a calendar file</source>
        <translation>Экспортировать сроки из списка в файл календаря</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="210"/>
        <location filename="../../views/pages/dashboard.py" line="326"/>
        <source>What is due</source>
        <translation>Ближайшие сроки</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="226"/>
        <source>Enter or double-click opens the case or review</source>
        <translation>Enter или двойной щелчок открывает дело или обзор</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="229"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="229"/>
        <source>Past their due date and not marked done</source>
        <translation>Срок истёк, но не отмечено как выполненное</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="231"/>
        <source>Due within 30 days</source>
        <translation>Срок истекает в течение 30 дней</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="232"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="236"/>
        <source>List cases with an overdue deadline</source>
        <translation>Список дел с просроченными сроками</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="238"/>
        <source>The cases list, filtered on overdue deadlines</source>
        <translation>Список дел, отфильтрованный по просроченным срокам</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="251"/>
        <source>Nothing is due. Deadlines appear here as cases progress.</source>
        <translation>Сроков нет. Они появятся здесь по мере продвижения дел.</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="279"/>
        <location filename="../../views/pages/dashboard.py" line="281"/>
        <source>Recent changes</source>
        <translation>Последние изменения</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="284"/>
        <source>Enter or double-click opens the record</source>
        <translation>Enter или двойной щелчок открывает запись</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="299"/>
        <source>Cases by stage</source>
        <translation>Дела по стадиям</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="303"/>
        <source>By treaty body</source>
        <translation>По органам</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="308"/>
        <source>Remedies by implementation status</source>
        <translation>Меры по статусу выполнения</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="310"/>
        <source>Victims compensated</source>
        <translation>Компенсация жертвам</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="330"/>
        <source>Deadlines of every case and periodic review, computed from the Committees&apos; rules. Overdue in red; due within 30 days in amber. Enter or a double-click opens the case or review.</source>
        <translation>Сроки по всем делам и периодическим обзорам, рассчитанные по правилам Комитетов. Просроченные — красным; истекающие в ближайшие 30 дней — жёлтым. Enter или двойной щелчок открывает дело или обзор.</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="348"/>
        <source>The portfolio at a glance</source>
        <translation>Все дела вкратце</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="352"/>
        <source>Click a bar to list those cases.</source>
        <translation>Щёлкните столбец, чтобы вывести список этих дел.</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="387"/>
        <source>Cases by stage: {total}</source>
        <translation>Дела по стадиям: {total}</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="414"/>
        <source>The implementation figures could not be counted: {error}</source>
        <translation>Не удалось подсчитать показатели выполнения: {error}</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="424"/>
        <source>The recent changes could not be read: {error}</source>
        <translation>Не удалось прочитать последние изменения: {error}</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="436"/>
        <source>The deadlines could not be read: {error}</source>
        <translation>Не удалось прочитать сроки: {error}</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="451"/>
        <source>The first {shown} of {total} deadlines are listed.</source>
        <translation>Показаны первые {shown} из {total} сроков.</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="496"/>
        <source>Implementation of {n} remedies</source>
        <translation>Выполнение мер: {n}</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="500"/>
        <source>The {remedies} remedies of the {decisions} decisions finding a violation. An individual remedy is fully implemented when it is for every victim.</source>
        <translation>Меры ({remedies}) по решениям, в которых установлено нарушение ({decisions}). Индивидуальная мера выполнена полностью, если она выполнена в отношении каждой жертвы.</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="507"/>
        <source>Compensated</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="509"/>
        <source>Not compensated</source>
        <translation>Не выплачено</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="512"/>
        <source>Victims compensated: {compensated} of {victims}</source>
        <translation>Компенсация жертвам: {compensated} из {victims}</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="518"/>
        <source>The {victims} victims of the {cases} cases with an individual compensation remedy.</source>
        <translation>Жертвы ({victims}) по делам, в которых предусмотрена индивидуальная компенсация ({cases}).</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="549"/>
        <location filename="../../views/pages/dashboard.py" line="558"/>
        <source>Exporting is not available here.</source>
        <translation>Экспорт здесь недоступен.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../views/case_editor/fields.py" line="58"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="102"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="103"/>
        <source>Pick a date</source>
        <translation>Выбрать дату</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/fields.py" line="171"/>
        <source>not a date: dd.mm.yyyy</source>
        <translation>не дата: дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="27"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="28"/>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="29"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="30"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="52"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="54"/>
        <source>{span} overdue</source>
        <translation>просрочено на {span}</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="58"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="60"/>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="61"/>
        <source>in {span}</source>
        <translation>через {span}</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="69"/>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="71"/>
        <source>{n} days</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="76"/>
        <source>Marked done on {date}</source>
        <translation>Отмечено как выполненное {date}</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="79"/>
        <source>Marked done</source>
        <translation>Отмечено как выполненное</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="81"/>
        <source>{days} overdue (due {date})</source>
        <translation>Просрочено на {days} (срок — {date})</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="85"/>
        <source>Due today, {date}</source>
        <translation>Срок истекает сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="86"/>
        <source>{days} from today (due {date})</source>
        <translation>Через {days} (срок — {date})</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="116"/>
        <source>Computed from: {basis}</source>
        <translation>Рассчитано от: {basis}</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="127"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="132"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="135"/>
        <source>Overdue, due within 30 days, or later</source>
        <translation>Просрочено, срок истекает в течение 30 дней или позже</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="139"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="144"/>
        <source>Case / review</source>
        <translation>Дело / обзор</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/deadlines_model.py" line="146"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="69"/>
        <source>Entered by hand</source>
        <translation>Введён вручную</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="70"/>
        <source>Body&apos;s rule</source>
        <translation>Правило органа</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="75"/>
        <source>Computed from: {basis}</source>
        <translation>Рассчитано от: {basis}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="126"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="126"/>
        <source>e.g. Send the follow-up letter</source>
        <translation>например, Отправить письмо о последующих мерах</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="128"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="129"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="135"/>
        <source>&amp;What: *</source>
        <translation>&amp;Что: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="136"/>
        <source>D&amp;ue: *</source>
        <translation>С&amp;рок: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="137"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="141"/>
        <location filename="../../views/case_editor/deadlines.py" line="252"/>
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;выполненным</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="143"/>
        <source>Mark the selected deadline done, or not (Ctrl+D)</source>
        <translation>Отметить выбранный срок как выполненный или снять отметку (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="148"/>
        <source>Export the deadlines of this case</source>
        <translation>Экспортировать сроки этого дела</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="155"/>
        <source>Export the deadlines of this case to a calendar file</source>
        <translation>Экспортировать сроки этого дела в файл календаря</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="167"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="182"/>
        <source>&amp;Add deadline</source>
        <translation>&amp;Добавить срок</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="193"/>
        <source>Deadlines computed from the treaty body&apos;s rules move when the case&apos;s dates or the rules change; they cannot be edited, only marked done. Add your own with “Add deadline”. Export… writes the list to a spreadsheet; the calendar file (.ics) opens in Outlook or Google Calendar, and exporting it again updates the same events.</source>
        <translation>Сроки, рассчитанные по правилам договорного органа, сдвигаются при изменении дат дела или правил; их нельзя изменить, можно только отметить выполненными. Свои сроки добавляйте кнопкой «Добавить срок». «Экспорт…» записывает список в таблицу; файл календаря (.ics) открывается в Outlook или Google Календаре, а повторный экспорт обновляет те же события.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="252"/>
        <source>Mark not &amp;done</source>
        <translation>Снять отметку о &amp;выполнении</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="257"/>
        <source>Entered by hand: you can change it.</source>
        <translation>Введён вручную: его можно изменить.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="261"/>
        <source>{rule}, computed from {basis}. Correct the case&apos;s dates (Overview) or the body&apos;s rules to move it.</source>
        <translation>{rule}, рассчитан от: {basis}. Чтобы сдвинуть срок, исправьте даты дела (вкладка «Общие сведения») или правила органа.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="273"/>
        <location filename="../../views/case_editor/deadlines.py" line="292"/>
        <source>Save the case first; then export its deadlines.</source>
        <translation>Сначала сохраните дело, затем экспортируйте его сроки.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="314"/>
        <source>The deadline no longer exists (it may have been deleted).</source>
        <translation>Этот срок больше не существует (возможно, он был удалён).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="322"/>
        <source>A deadline computed from the body&apos;s rules cannot be deleted: mark it done.</source>
        <translation>Срок, рассчитанный по правилам органа, нельзя удалить: отметьте его выполненным.</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <location filename="../../views/case_editor/decision.py" line="48"/>
        <source>Articles invoked</source>
        <translation>Заявленные статьи</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="49"/>
        <source>Articles found violated</source>
        <translation>Статьи, нарушение которых установлено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="66"/>
        <source>Art. {number}</source>
        <translation>Ст. {number}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="209"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="273"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="275"/>
        <source>Decision type</source>
        <translation>Тип решения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="280"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="282"/>
        <source>Decision t&amp;ype:</source>
        <translation>&amp;Тип решения:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="305"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="308"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="310"/>
        <source>Individual (per victim)</source>
        <translation>Индивидуальная (для каждой жертвы)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="311"/>
        <source>General (for the case as a whole)</source>
        <translation>Общая (для дела в целом)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="313"/>
        <source>An individual remedy is followed per victim in the Implementation tab</source>
        <translation>Выполнение индивидуальной меры отслеживается по каждой жертве на вкладке «Выполнение»</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="317"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="319"/>
        <source>The measure as the decision words it</source>
        <translation>Мера в формулировке решения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="323"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="324"/>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Охват:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="325"/>
        <source>Te&amp;xt:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="350"/>
        <source>Move &amp;earlier</source>
        <translation>Переместить в&amp;ыше</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="350"/>
        <source>Earlier in the list</source>
        <translation>Выше в списке</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="353"/>
        <source>Move la&amp;ter</source>
        <translation>Переместить &amp;ниже</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="353"/>
        <source>Later in the list</source>
        <translation>Ниже в списке</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="358"/>
        <source>remedy</source>
        <comment>the kind of record in the list: No {noun} recorded yet, &amp;New {noun}</comment>
        <translation>мера</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="383"/>
        <source>Remedies ordered (in the decision&apos;s order)</source>
        <translation>Назначенные меры (в порядке, указанном в решении)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="387"/>
        <source>Save the case first: remedies are recorded for a saved case.</source>
        <translation>Сначала сохраните дело: меры записываются для сохранённого дела.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="452"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="525"/>
        <source>Adopted on {date}</source>
        <translation>Принято {date}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="528"/>
        <source>at the {session} session</source>
        <translation>на {session} сессии</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="536"/>
        <source>No decision recorded yet (decision date, session and symbol are in Overview).</source>
        <translation>Решение ещё не записано (дата решения, сессия и условное обозначение указываются на вкладке «Общие сведения»).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="547"/>
        <source>th</source>
        <comment>ordinal suffix: 4th, 11th, 112th</comment>
        <translation>-й</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="549"/>
        <source>st</source>
        <comment>ordinal suffix: 1st, 21st</comment>
        <translation>-й</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="551"/>
        <source>nd</source>
        <comment>ordinal suffix: 2nd, 22nd</comment>
        <translation>-й</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="553"/>
        <source>rd</source>
        <comment>ordinal suffix: 3rd, 23rd</comment>
        <translation>-й</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../views/widgets.py" line="190"/>
        <source>DEMO — you are looking at the demo portfolio (sample data in demo.sqlite). Your own cases are not shown and nothing here is saved to them.</source>
        <translation>ДЕМО — вы просматриваете демонстрационный портфель (примеры данных в demo.sqlite). Ваши собственные дела не показаны, и ничего отсюда в них не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../views/widgets.py" line="202"/>
        <source>Demo portfolio banner</source>
        <translation>Баннер демонстрационного портфеля</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../views/pages/documents.py" line="22"/>
        <source>Follow-up letters, shadow-report sections and status summaries written from the record, and the files attached to cases and reviews.</source>
        <translation>Письма о последующих мерах, разделы альтернативных докладов и сводки о статусе, составленные по данным записей, а также файлы, прикреплённые к делам и обзорам.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../views/case_editor/documents.py" line="58"/>
        <source>Attach a file to the case</source>
        <translation>Прикрепить файл к делу</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="60"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="146"/>
        <source>Documents of the case</source>
        <translation>Документы дела</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="153"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="153"/>
        <source>Open the file (Enter)</source>
        <translation>Открыть файл (Enter)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="156"/>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="158"/>
        <source>Check that the file is unchanged since it was registered</source>
        <translation>Проверить, что файл не изменился с момента регистрации</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="161"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="163"/>
        <source>Copy a file (a letter, evidence, a court record) into the case</source>
        <translation>Скопировать файл (письмо, доказательство, судебный протокол) в дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="167"/>
        <source>Documents generated for this case (letters, status summaries) and files attached to it, with the fingerprint (sha256) recorded when they were written. Files are kept in TreatyDesk&apos;s documents folder, encrypted when the database is.</source>
        <translation>Документы, сформированные для этого дела (письма, сводки статуса), и прикреплённые к нему файлы с отпечатком (SHA-256), записанным при их сохранении. Файлы хранятся в папке документов TreatyDesk и шифруются, если зашифрована база данных.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="199"/>
        <source>No document yet: attach a file, or generate one (Case ▸ Generate document…).</source>
        <translation>Документов пока нет: прикрепите файл или сформируйте документ (Дело ▸ Сформировать документ…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/documents.py" line="205"/>
        <source>%n document.</source>
        <translation>
            <numerusform>%n документ.</numerusform>
            <numerusform>%n документа.</numerusform>
            <numerusform>%n документов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/documents.py" line="205"/>
        <source>%n documents.</source>
        <translation>
            <numerusform>%n документ.</numerusform>
            <numerusform>%n документа.</numerusform>
            <numerusform>%n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="267"/>
        <source>“{title}” was attached to the case.</source>
        <translation>«{title}» прикреплён к делу.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="275"/>
        <source>Attaching {name}…</source>
        <translation>Прикрепление {name}…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="276"/>
        <source>The file was not attached: {message}</source>
        <translation>Файл не прикреплён: {message}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="291"/>
        <source>No program on this computer opens {name}.</source>
        <translation>На этом компьютере нет программы, которая открывает {name}.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="297"/>
        <source>Opening “{title}”…</source>
        <translation>Открытие «{title}»…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="298"/>
        <source>The file cannot be opened: {message}</source>
        <translation>Файл не удаётся открыть: {message}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="314"/>
        <source>“{title}” is intact: its content is as registered.</source>
        <translation>«{title}» не повреждён: его содержимое соответствует зарегистрированному.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="321"/>
        <source>“{title}” is missing from the documents folder (moved or deleted outside TreatyDesk). Restore it from a backup, or generate or attach it again.</source>
        <translation>«{title}» отсутствует в папке документов (перемещён или удалён не через TreatyDesk). Восстановите его из резервной копии либо снова сформируйте или прикрепите.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="329"/>
        <source>“{title}” was changed after it was registered (its fingerprint no longer matches): do not rely on it. Restore it from a backup, or generate or attach it again.</source>
        <translation>«{title}» изменён после регистрации (его отпечаток больше не совпадает): не полагайтесь на него. Восстановите его из резервной копии либо снова сформируйте или прикрепите.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="338"/>
        <source>Checking “{title}”…</source>
        <translation>Проверка «{title}»…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="339"/>
        <source>The file could not be checked: {message}</source>
        <translation>Файл не удалось проверить: {message}</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <location filename="../../views/case_editor/base.py" line="58"/>
        <source>Unsaved changes: Save (Ctrl+S) writes them</source>
        <translation>Несохранённые изменения: Сохранить (Ctrl+S) запишет их</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <location filename="../../views/case_editor/committee.py" line="119"/>
        <source>Before the Committee</source>
        <translation>В Комитете</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/deadlines.py" line="119"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/decision.py" line="254"/>
        <source>Decision and remedies</source>
        <translation>Решение и меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/documents.py" line="128"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="166"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="167"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="139"/>
        <source>Overview</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="694"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="157"/>
        <source>Domestic proceedings</source>
        <translation>Внутренние разбирательства</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="597"/>
        <source>Implementation</source>
        <translation>Выполнение</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../views/case_editor/fields.py" line="257"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../views/export_action.py" line="65"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="70"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, разделитель — запятая (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="75"/>
        <source>CSV, semicolon-separated, for Excel in Russian (*.csv)</source>
        <translation>CSV, разделитель — точка с запятой, для русского Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="137"/>
        <source>iCalendar file (*.ics)</source>
        <translation>Файл iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="217"/>
        <source>Not exported: {message}</source>
        <translation>Не экспортировано: {message}</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="226"/>
        <source>Not exported: something went wrong inside TreatyDesk (a bug, not a problem with your data). {detail}</source>
        <translation>Не экспортировано: внутренняя ошибка TreatyDesk (ошибка программы, а не проблема с вашими данными). {detail}</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="245"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="270"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="312"/>
        <source>Export deadli&amp;nes to calendar (.ics)…</source>
        <translation>Экспорт сроков в &amp;календарь (.ics)…</translation>
    </message>
    <message>
        <location filename="../../views/export_action.py" line="321"/>
        <source>{title}: for Outlook or Google Calendar. Exporting again updates the same events.</source>
        <translation>{title}: для Outlook или Google Календаря. Повторный экспорт обновляет те же события.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="358"/>
        <location filename="../../views/dialogs/bundle_transfer.py" line="530"/>
        <source>Export case bundle</source>
        <translation>Экспорт пакета дел</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="369"/>
        <source>Put the chosen cases — with their people, proceedings, remedies, follow-up, deadlines and documents — in one encrypted file to work on them on another computer. Send the passphrase another way than the file.</source>
        <translation>Поместить выбранные дела — с их людьми, разбирательствами, мерами, последующими мерами, сроками и документами — в один зашифрованный файл, чтобы работать с ними на другом компьютере. Передайте парольную фразу иным способом, чем файл.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="377"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="381"/>
        <location filename="../../views/dialogs/bundle_transfer.py" line="383"/>
        <source>Passphrase of the bundle</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="382"/>
        <source>At least 8 characters</source>
        <translation>Не менее 8 символов</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="384"/>
        <source>The same again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="385"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="388"/>
        <source>Strength of the passphrase</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="391"/>
        <source>The passphrase is taken from the environment variable {name}.</source>
        <translation>Парольная фраза берётся из переменной среды {name}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="399"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="400"/>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="410"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="412"/>
        <source>File of the bundle</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="417"/>
        <source>The file name says nothing of the cases: it may be seen on the way.</source>
        <translation>Имя файла ничего не говорит о делах: его могут увидеть при пересылке.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="419"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="426"/>
        <source>Writing the bundle</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="433"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="459"/>
        <source>A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Несколько не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="473"/>
        <source>Save the case bundle as</source>
        <translation>Сохранить пакет дел как</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="475"/>
        <source>TreatyDesk case bundles (*.tdbundle)</source>
        <translation>Пакеты дел TreatyDesk (*.tdbundle)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="496"/>
        <source>Tick at least one case to put in the bundle.</source>
        <translation>Отметьте хотя бы одно дело для включения в пакет.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="499"/>
        <source>Choose where to save the bundle.</source>
        <translation>Выберите, где сохранить пакет.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="504"/>
        <source>Name the bundle “…{suffix}”, not “{name}”.</source>
        <translation>Назовите пакет «…{suffix}», а не «{name}».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="510"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} — это папка: укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="531"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="532"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="566"/>
        <source>The bundle was not written: {message}</source>
        <translation>Пакет не записан: {message}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="591"/>
        <source>Written to {path}.</source>
        <translation>Записано в {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_transfer.py" line="592"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_transfer.py" line="596"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_transfer.py" line="598"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="600"/>
        <source>Size: {size}, encrypted; written in {seconds} s.</source>
        <translation>Размер: {size}, зашифровано; записано за {seconds} с.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_transfer.py" line="607"/>
        <source>%n document(s) went without their file, which is missing from the documents folder:</source>
        <translation>
            <numerusform>%n документ включён без файла, которого нет в папке документов:</numerusform>
            <numerusform>%n документа включены без файлов, которых нет в папке документов:</numerusform>
            <numerusform>%n документов включены без файлов, которых нет в папке документов:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterEdit</name>
    <message>
        <location filename="../../views/pages/base.py" line="48"/>
        <source>Filter</source>
        <extracomment>The translation context of the pages&apos; `title` and `empty_text` (marked with ``QT_TRANSLATE_NOOP(PAGE_CONTEXT, &quot;…&quot;)`` where they are declared, translated when shown).</extracomment>
        <translation>Фильтр</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <location filename="../../views/case_editor/followup.py" line="105"/>
        <source>Grades</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="119"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="173"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="174"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="177"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="179"/>
        <source>Incoming (to us)</source>
        <translation>Входящее (нам)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="180"/>
        <source>Outgoing (from us)</source>
        <translation>Исходящее (от нас)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="184"/>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="184"/>
        <source>e.g. CCPR/C/118/3</source>
        <translation>напр. CCPR/C/118/3</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="186"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="186"/>
        <source>e.g. 118</source>
        <translation>напр. 118</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="187"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="190"/>
        <source>Committee&apos;s decision</source>
        <translation>Решение Комитета</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="192"/>
        <source>e.g. keep the follow-up dialogue open</source>
        <translation>напр. продолжить диалог о последующих мерах</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="196"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="197"/>
        <source>Path of the letter or report, optional</source>
        <translation>Путь к письму или докладу (необязательно)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="203"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="204"/>
        <source>&amp;Date: *</source>
        <translation>&amp;Дата: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="205"/>
        <source>Di&amp;rection:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="206"/>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Обозначение:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="207"/>
        <source>Sessi&amp;on:</source>
        <translation>&amp;Сессия:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="208"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="209"/>
        <source>Committee&apos;s d&amp;ecision:</source>
        <translation>&amp;Решение Комитета:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="210"/>
        <source>A&amp;ttachment:</source>
        <translation>В&amp;ложение:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="211"/>
        <source>&amp;Grades (A–E):</source>
        <translation>&amp;Оценки (A–E):</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="215"/>
        <source>Grades are given in a Committee follow-up assessment only.</source>
        <translation>Оценки выставляются только в оценке последующих мер Комитетом.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="246"/>
        <source>event</source>
        <comment>the kind of record in the list: No {noun} recorded yet, &amp;New {noun}</comment>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="269"/>
        <source>In</source>
        <translation>Вх.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="269"/>
        <source>Out</source>
        <translation>Исх.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="281"/>
        <source>Remedy</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="306"/>
        <source>Current grades: no remedy is recorded (add them in “Decision and remedies”).</source>
        <translation>Текущие оценки: средства правовой защиты не записаны (добавьте их в разделе «Решение и средства защиты»).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="311"/>
        <source>{remedy}: {grade}</source>
        <translation>{remedy}: {grade}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="316"/>
        <source>not graded yet</source>
        <translation>ещё не оценено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="323"/>
        <source>&lt;b&gt;Current grade per remedy&lt;/b&gt; (the Committee&apos;s latest follow-up assessment):</source>
        <translation>&lt;b&gt;Текущая оценка по каждой мере&lt;/b&gt; (последняя оценка последующих мер Комитетом):</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../views/dialogs/generate.py" line="77"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="78"/>
        <source>Русский (Russian)</source>
        <translation>Русский (Russian)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="88"/>
        <source>Saved in the documents folder as {file} and registered with the case (with its fingerprint, sha256).</source>
        <translation>Сохранено в папке документов как {file} и зарегистрировано в деле (с отпечатком sha256).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="93"/>
        <source>Saved in the documents folder as {file} and registered with the review (with its fingerprint, sha256).</source>
        <translation>Сохранено в папке документов как {file} и зарегистрировано в обзоре (с отпечатком sha256).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="98"/>
        <source>Saved in the documents folder as {file} and registered with the portfolio (with its fingerprint, sha256).</source>
        <translation>Сохранено в папке документов как {file} и зарегистрировано в портфеле (с отпечатком sha256).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="122"/>
        <source>PDF files</source>
        <translation>Файлы PDF</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="124"/>
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="127"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="167"/>
        <source>Generate a document</source>
        <translation>Создание документа</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="194"/>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="202"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="206"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="208"/>
        <source>Templates &amp;folder…</source>
        <translation>&amp;Папка шаблонов…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="212"/>
        <source>Open the folder where your own templates go: copy a built-in template, restyle it in Word or LibreOffice, and save it there as &lt;kind&gt;.&lt;language&gt;.&lt;name&gt;.docx</source>
        <translation>Открыть папку для ваших шаблонов: скопируйте встроенный шаблон, измените оформление в Word или LibreOffice и сохраните его там как &lt;kind&gt;.&lt;language&gt;.&lt;name&gt;.docx</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="222"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="223"/>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="228"/>
        <source>Your organisation, as it signs</source>
        <translation>Ваша организация, как в подписи</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="230"/>
        <source>Name and title of the person signing</source>
        <translation>Имя и должность подписывающего лица</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="234"/>
        <source>The authority written to, with its address (default: the State party&apos;s Ministry of Foreign Affairs)</source>
        <translation>Орган-адресат с адресом (по умолчанию: Министерство иностранных дел государства-участника)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="239"/>
        <source>&amp;Addressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="244"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="245"/>
        <source>Reply &amp;within:</source>
        <translation>Ответить в &amp;течение:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="248"/>
        <source>&amp;Withhold every name (initials or pseudonyms even for people who consented)</source>
        <translation>&amp;Не указывать ничьих имён (инициалы или псевдонимы даже для давших согласие)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="253"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="255"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="256"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="261"/>
        <source>&amp;Organisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="262"/>
        <source>Si&amp;gnatory:</source>
        <translation>По&amp;дписант:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="268"/>
        <location filename="../../views/dialogs/generate.py" line="270"/>
        <source>What the document will contain</source>
        <translation>Содержание документа</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="274"/>
        <source>Names in the document</source>
        <translation>Имена в документе</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="278"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="286"/>
        <source>Output</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="288"/>
        <source>Also save a &amp;copy as:</source>
        <translation>Также сохранить &amp;копию как:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="290"/>
        <source>Copy saved as</source>
        <translation>Копия сохранена как</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="292"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="308"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="315"/>
        <source>&amp;Generate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="318"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="319"/>
        <source>Open the document with this computer&apos;s viewer</source>
        <translation>Открыть документ программой просмотра на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="321"/>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="322"/>
        <source>Open the folder that holds the document</source>
        <translation>Открыть папку, в которой находится документ</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="377"/>
        <source>Case {reference} — {title}</source>
        <translation>Дело {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="384"/>
        <source>Review of {state}: {label}</source>
        <translation>Обзор: {state}, {label}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="390"/>
        <source>1 chosen case</source>
        <translation>1 выбранное дело</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="391"/>
        <source>{n} chosen cases</source>
        <translation>Выбрано дел: {n}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="394"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="395"/>
        <source>The cases matching the list&apos;s filter</source>
        <translation>Дела, соответствующие фильтру списка</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="470"/>
        <source>TreatyDesk layout (PDF, no template)</source>
        <translation>Макет TreatyDesk (PDF, без шаблона)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="484"/>
        <source>1 of your own template for this kind and language.</source>
        <translation>Ваших шаблонов для этого вида и языка: 1.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="486"/>
        <source>{n} of your own templates for this kind and language.</source>
        <translation>Ваших шаблонов для этого вида и языка: {n}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="491"/>
        <source>Your own templates appear here when saved in the templates folder as {file}.</source>
        <translation>Ваши шаблоны появятся здесь, если сохранить их в папке шаблонов как {file}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="496"/>
        <source>Not recognised in the templates folder (name them &lt;kind&gt;.&lt;language&gt;[.&lt;name&gt;].docx): {files}</source>
        <translation>Не распознаны в папке шаблонов (называйте их &lt;kind&gt;.&lt;language&gt;[.&lt;name&gt;].docx): {files}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="522"/>
        <source>Article {article}: </source>
        <translation>Статья {article}: </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="556"/>
        <source>The templates folder cannot be created: {error}</source>
        <translation>Не удаётся создать папку шаблонов: {error}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="561"/>
        <location filename="../../views/dialogs/generate.py" line="862"/>
        <source>No program on this computer opens the folder {folder}.</source>
        <translation>На этом компьютере нет программы, открывающей папку {folder}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="603"/>
        <source>Reading the records…</source>
        <translation>Чтение записей…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="604"/>
        <location filename="../../views/dialogs/generate.py" line="986"/>
        <source>Something went wrong (a bug, not your data): the details are in the log.</source>
        <translation>Что-то пошло не так (ошибка программы, а не ваших данных): подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="638"/>
        <source>This document cannot be generated: {problem}</source>
        <translation>Этот документ нельзя создать: {problem}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="651"/>
        <source>&lt;b&gt;Names withheld:&lt;/b&gt; people who have not consented to be named appear by pseudonym or initials everywhere in the document, tables and notes included.</source>
        <translation>&lt;b&gt;Имена скрыты:&lt;/b&gt; люди, не давшие согласия на указание имени, везде в документе, включая таблицы и примечания, указаны под псевдонимом или инициалами.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="658"/>
        <source>&lt;b&gt;Names:&lt;/b&gt; every person named in this document has consented to be named.</source>
        <translation>&lt;b&gt;Имена:&lt;/b&gt; все люди, названные в этом документе, дали согласие на указание имени.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="664"/>
        <source>&lt;b&gt;Check before filing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Проверьте перед подачей:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="672"/>
        <source>template: {name}</source>
        <translation>шаблон: {name}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="707"/>
        <source>Choose where to save the copy, or untick “Also save a copy”.</source>
        <translation>Выберите, где сохранить копию, или снимите флажок «Также сохранить копию».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="717"/>
        <source>Generation cancelled: no document was written.</source>
        <translation>Создание отменено: документ не записан.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="734"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="752"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="781"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="781"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="795"/>
        <source>Generated and registered: {title}.</source>
        <translation>Создан и зарегистрирован: {title}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="797"/>
        <source>A copy was saved as {file}.</source>
        <translation>Копия сохранена как {file}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="799"/>
        <source>The document was finished before the cancel took effect.</source>
        <translation>Документ был готов до того, как сработала отмена.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="820"/>
        <source>The document was not generated. {message}</source>
        <translation>Документ не создан. {message}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="831"/>
        <source>Something went wrong (a bug, not your data): the details are in the log. No document was registered.</source>
        <translation>Что-то пошло не так (ошибка программы, а не ваших данных): подробности в журнале. Документ не зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="849"/>
        <source>The document cannot be opened: {error}</source>
        <translation>Не удаётся открыть документ: {error}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="853"/>
        <source>No program on this computer opens {file}.</source>
        <translation>На этом компьютере нет программы, открывающей {file}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="941"/>
        <source>Print status summary</source>
        <translation>Печать сводки о состоянии</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="957"/>
        <source>The status summary was written but cannot be opened: {error}</source>
        <translation>Сводка о состоянии записана, но её не удаётся открыть: {error}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="962"/>
        <source>The status summary was written ({file}), but no program on this computer opens PDF files.</source>
        <translation>Сводка о состоянии записана ({file}), но на этом компьютере нет программы, открывающей файлы PDF.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/generate.py" line="976"/>
        <source>The status summary was not generated. {message}</source>
        <translation>Сводка о состоянии не создана. {message}</translation>
    </message>
</context>
<context>
    <name>GradesEditor</name>
    <message>
        <location filename="../../views/case_editor/followup.py" line="48"/>
        <source>No remedy is recorded for this case.</source>
        <translation>Для этого дела не записано ни одной меры.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="66"/>
        <source>— no grade —</source>
        <translation>— без оценки —</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/followup.py" line="69"/>
        <source>Grade for {remedy}</source>
        <translation>Оценка: {remedy}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../views/case_editor/history.py" line="32"/>
        <source>Case</source>
        <extracomment>What kind of record each table holds, in words (translated when shown).</extracomment>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="33"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="34"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="35"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="36"/>
        <source>Domestic proceeding</source>
        <translation>Внутреннее разбирательство</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="37"/>
        <source>Remedy</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="38"/>
        <source>Implementation</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="39"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="40"/>
        <source>Follow-up grade</source>
        <translation>Оценка последующих мер</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="41"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="42"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="45"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="46"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="47"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="48"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="222"/>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="255"/>
        <source>The history could not be read: {problem}</source>
        <translation>Не удалось прочитать историю: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/history.py" line="274"/>
        <source>%n change recorded.</source>
        <translation>
            <numerusform>Записано %n изменение.</numerusform>
            <numerusform>Записано %n изменения.</numerusform>
            <numerusform>Записано %n изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/history.py" line="276"/>
        <source>%n changes recorded.</source>
        <translation>
            <numerusform>Записано %n изменение.</numerusform>
            <numerusform>Записано %n изменения.</numerusform>
            <numerusform>Записано %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="104"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="109"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="111"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="132"/>
        <source>{action} on {when} by {who}</source>
        <translation>{action} {when}, пользователь: {who}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="181"/>
        <source>Changes to the case, newest first</source>
        <translation>Изменения дела, сначала новые</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="188"/>
        <source>Changes of the selected entry</source>
        <translation>Изменения выбранной записи</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="192"/>
        <source>Every change to this case and its records (parties and their people, remedies, implementation, follow-up, proceedings, deadlines, documents), newest first: who made it, when, and each field&apos;s old and new value.</source>
        <translation>Все изменения этого дела и его записей (стороны и их люди, меры, выполнение, последующие меры, разбирательства, сроки, документы), сначала новые: кто внёс изменение, когда, а также прежнее и новое значение каждого поля.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="266"/>
        <source>No change is recorded for this case yet.</source>
        <translation>Изменений по этому делу пока нет.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/history.py" line="269"/>
        <source>The latest {n} changes are shown.</source>
        <translation>Показаны последние изменения: {n}.</translation>
    </message>
</context>
<context>
    <name>Implementation</name>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="92"/>
        <source>Fully</source>
        <translation>Полностью</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="93"/>
        <source>Partially</source>
        <translation>Частично</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="94"/>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="95"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="104"/>
        <source>Victim&apos;s total</source>
        <translation>Итого по жертве</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="146"/>
        <source>{remedy}: no victims recorded</source>
        <translation>{remedy}: жертвы не указаны</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="150"/>
        <source>{remedy}: {fully} of {victims} fully</source>
        <translation>{remedy}: полностью — {fully} из {victims}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="156"/>
        <source>{n} partially</source>
        <translation>частично — {n}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="160"/>
        <source>{n} not implemented</source>
        <translation>не выполнено — {n}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="166"/>
        <source>{n} unknown</source>
        <translation>неизвестно — {n}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="171"/>
        <source>{amounts} paid</source>
        <translation>выплачено: {amounts}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="372"/>
        <source>{name} — documents use the real name</source>
        <translation>{name} — в документах указывается настоящее имя</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="375"/>
        <source>{name} — documents use “{shown}”</source>
        <translation>{name} — в документах: «{shown}»</translation>
    </message>
</context>
<context>
    <name>ImplementationTab</name>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="613"/>
        <source>Victims and remedies: implementation status</source>
        <translation>Жертвы и средства правовой защиты: статус выполнения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="633"/>
        <source>General remedies</source>
        <translation>Общие меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="649"/>
        <source>Totals per remedy</source>
        <translation>Итоги по мерам</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="658"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="661"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="662"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="666"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="666"/>
        <source>The date this status was true</source>
        <translation>Дата, на которую этот статус был верен</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="670"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="672"/>
        <source>What shows it, e.g. bank transfer of …</source>
        <translation>Что это подтверждает, напр. банковский перевод от …</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="675"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="675"/>
        <source>e.g. the State&apos;s reply of …</source>
        <translation>напр. ответ государства от …</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="686"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="687"/>
        <source>&amp;Amount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="688"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="689"/>
        <source>As o&amp;f:</source>
        <translation>На &amp;дату:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="690"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="691"/>
        <source>E&amp;vidence:</source>
        <translation>Дока&amp;зательства:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="695"/>
        <source>A&amp;pply to this cell</source>
        <translation>&amp;Применить к этой ячейке</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="697"/>
        <source>Write this cell now (Ctrl+S saves everything)</source>
        <translation>Записать эту ячейку сейчас (Ctrl+S сохраняет всё)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="699"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="717"/>
        <source>Set status for se&amp;lection…</source>
        <translation>Статус для в&amp;ыделенных…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="720"/>
        <source>Give the selected cells one status (F2). Select with Shift/Ctrl+click, a row or column heading, or Ctrl+A</source>
        <translation>Задать выделенным ячейкам один статус (F2). Выделяйте щелчком с Shift/Ctrl, заголовком строки или столбца или клавишами Ctrl+A</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="730"/>
        <source>Each cell says its status in words; the colour repeats it</source>
        <translation>Каждая ячейка называет свой статус словами; цвет его дублирует</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="737"/>
        <source>General remedies (one status for the case)</source>
        <translation>Общие меры (один статус для дела)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="811"/>
        <source>Implementation: {cell}</source>
        <translation>Выполнение: {cell}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="874"/>
        <source>Select cells first: Shift/Ctrl+click, a victim&apos;s name, a remedy&apos;s heading, or Ctrl+A.</source>
        <translation>Сначала выделите ячейки: щелчок с Shift/Ctrl, имя жертвы, заголовок меры или Ctrl+A.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="936"/>
        <source>A remedy</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="960"/>
        <source>Setting the statuses…</source>
        <translation>Установка статусов…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="977"/>
        <source>Already set before the problem: {written}.</source>
        <translation>Уже задано до возникновения проблемы: {written}.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="982"/>
        <source>The status was not set. {problem}</source>
        <translation>Статус не задан. {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="987"/>
        <source>Status set for %n cell: {written}.</source>
        <translation>
            <numerusform>Статус задан для %n ячейки: {written}.</numerusform>
            <numerusform>Статус задан для %n ячеек: {written}.</numerusform>
            <numerusform>Статус задан для %n ячеек: {written}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="989"/>
        <source>Status set for %n cells: {written}.</source>
        <translation>
            <numerusform>Статус задан для %n ячейки: {written}.</numerusform>
            <numerusform>Статус задан для %n ячеек: {written}.</numerusform>
            <numerusform>Статус задан для %n ячеек: {written}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1023"/>
        <source>remedy</source>
        <translation>мера</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1025"/>
        <source>{remedy} (general)</source>
        <translation>{remedy} (общая)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1046"/>
        <source>No cell selected</source>
        <translation>Ячейка не выбрана</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1049"/>
        <source>Choose a cell of the grid (a victim and a remedy), or a general remedy below.</source>
        <translation>Выберите ячейку таблицы (жертва и мера) или общую меру ниже.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1072"/>
        <source>Only a remedy that pays money (compensation, reimbursement, restitution) records an amount</source>
        <translation>Сумма указывается только для денежной меры (компенсация, возмещение расходов, реституция)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1143"/>
        <source>status of {cell}</source>
        <translation>статус: {cell}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1161"/>
        <source>Total for {remedy}</source>
        <translation>Итого: {remedy}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1172"/>
        <source>No individual remedy is recorded: add the remedies in “Decision and remedies” (an individual remedy is followed per victim here).</source>
        <translation>Индивидуальные меры не записаны: добавьте их на вкладке «Решение и меры» (здесь индивидуальная мера отслеживается по каждой жертве).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1178"/>
        <source>No victim is recorded: add them in Parties with the role “victim”.</source>
        <translation>Жертвы не записаны: добавьте их на вкладке «Стороны» с ролью «жертва».</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1183"/>
        <source>No general remedy is recorded for this case.</source>
        <translation>Для этого дела общие меры не записаны.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="1221"/>
        <source>{fully} of {of} fully</source>
        <translation>{fully} из {of} полностью</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="1239"/>
        <source>%n victim</source>
        <translation>
            <numerusform>%n жертва</numerusform>
            <numerusform>%n жертвы</numerusform>
            <numerusform>%n жертв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="1241"/>
        <source>%n victims</source>
        <translation>
            <numerusform>%n жертва</numerusform>
            <numerusform>%n жертвы</numerusform>
            <numerusform>%n жертв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="1244"/>
        <source>%n remedy</source>
        <translation>
            <numerusform>%n мера</numerusform>
            <numerusform>%n меры</numerusform>
            <numerusform>%n мер</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="1246"/>
        <source>%n remedies</source>
        <translation>
            <numerusform>%n мера</numerusform>
            <numerusform>%n меры</numerusform>
            <numerusform>%n мер</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/implementation.py" line="1249"/>
        <source>%n cells selected ({victims} × {remedies})</source>
        <translation>
            <numerusform>Выделена %n ячейка ({victims} × {remedies})</numerusform>
            <numerusform>Выделены %n ячейки ({victims} × {remedies})</numerusform>
            <numerusform>Выделено %n ячеек ({victims} × {remedies})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBundleFlow</name>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="774"/>
        <location filename="../../views/dialogs/bundle_transfer.py" line="870"/>
        <source>Import case bundle</source>
        <translation>Импорт пакета дел</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="776"/>
        <source>TreatyDesk case bundles (*.tdbundle);;All files (*)</source>
        <translation>Пакеты дел TreatyDesk (*.tdbundle);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="801"/>
        <source>Everything in the bundle {name} is already in this database: nothing to import.</source>
        <translation>Всё содержимое пакета {name} уже есть в этой базе данных: импортировать нечего.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="835"/>
        <source>Imported {name}.</source>
        <translation>Импортирован {name}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="836"/>
        <source>Added: {added}. Updated: {updated}. Deleted: {deleted}.</source>
        <translation>Добавлено: {added}. Обновлено: {updated}. Удалено: {deleted}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_transfer.py" line="845"/>
        <source>%n conflicting field(s) settled</source>
        <translation>
            <numerusform>%n конфликтующее поле урегулировано</numerusform>
            <numerusform>%n конфликтующих поля урегулированы</numerusform>
            <numerusform>%n конфликтующих полей урегулировано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="848"/>
        <source>{mine} kept as on this computer, {theirs} taken from the bundle.</source>
        <translation>{mine} — оставлено как на этом компьютере, {theirs} — взято из пакета.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="855"/>
        <source>No conflict to settle.</source>
        <translation>Конфликтов для урегулирования нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/bundle_transfer.py" line="857"/>
        <source>%n document file(s) written.</source>
        <translation>
            <numerusform>Записан %n файл документа.</numerusform>
            <numerusform>Записано %n файла документов.</numerusform>
            <numerusform>Записано %n файлов документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="860"/>
        <source>Left out by your decisions: {records}.</source>
        <translation>Пропущено по вашим решениям: {records}.</translation>
    </message>
</context>
<context>
    <name>ImportDecisionDialog</name>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="75"/>
        <source>Same</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="76"/>
        <source>Fills an empty field</source>
        <translation>Заполняет пустое поле</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="77"/>
        <source>Different</source>
        <translation>Отличается</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="78"/>
        <source>Not in the document</source>
        <translation>Нет в документе</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="98"/>
        <source>“{text}” is not a date: write it as {example} or {iso}.</source>
        <translation>«{text}» — не дата: укажите её в виде {example} или {iso}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="117"/>
        <source>State party “{text}”: give its two-letter code, e.g. BY or Belarus (BY).</source>
        <translation>Государство-участник «{text}»: укажите его двухбуквенный код, например BY или Беларусь (BY).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="129"/>
        <source>Communication number “{number}” is not in the form number/year, e.g. 2857/2016.</source>
        <translation>Номер сообщения «{number}» не соответствует формату номер/год, например 2857/2016.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="144"/>
        <source>“{label}” is not an article: write e.g. 19, 9(1) or 14(3)(b).</source>
        <translation>«{label}» — не статья: укажите, например, 19, 9(1) или 14(3)(b).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="182"/>
        <source>Import a decision — {file}</source>
        <translation>Импорт решения — {file}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="199"/>
        <source>&lt;b&gt;Date the Committee adopted the decision&lt;/b&gt; (not in the text; it is on the cover page of the published document):</source>
        <translation>&lt;b&gt;Дата принятия решения Комитетом&lt;/b&gt; (в тексте её нет; она указана на титульной странице опубликованного документа):</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="207"/>
        <source>e.g. {example} or {iso}</source>
        <translation>например, {example} или {iso}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="209"/>
        <source>Date of adoption</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="218"/>
        <location filename="../../views/dialogs/import_decision.py" line="238"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="219"/>
        <source>Value (editable)</source>
        <translation>Значение (можно изменить)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="220"/>
        <source>Source sentence</source>
        <translation>Исходное предложение</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="221"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="225"/>
        <source>What was recognised</source>
        <translation>Что распознано</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="237"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="239"/>
        <source>In the case</source>
        <translation>В деле</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="240"/>
        <source>In the document</source>
        <translation>В документе</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="241"/>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="245"/>
        <source>Differences with the case</source>
        <translation>Отличия от дела</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="248"/>
        <source>Tick the fields that fill &amp;empty ones</source>
        <translation>Отметить поля, заполняющие &amp;пустые</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="261"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="261"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="261"/>
        <source>In the registry</source>
        <translation>В реестре</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="263"/>
        <source>People named in the decision</source>
        <translation>Лица, названные в решении</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="271"/>
        <source>&lt;b&gt;People named in the decision&lt;/b&gt;: link each to the person already in the registry, or create a new one.</source>
        <translation>&lt;b&gt;Лица, названные в решении&lt;/b&gt;: свяжите каждое с человеком, уже имеющимся в реестре, или создайте нового.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="295"/>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="296"/>
        <source>Looking for the case and the people</source>
        <translation>Поиск дела и людей</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="325"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: no case recorded matches this decision; Import creates a new case. Check each value against its sentence; double-click a value to correct it. Nothing is saved until you press Import.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: ни одно записанное дело не соответствует этому решению; при импорте будет создано новое дело. Сверьте каждое значение с его предложением; чтобы исправить значение, дважды щёлкните по нему. Ничего не сохраняется, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="331"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; belongs to a case already recorded. Tick the fields to take from the document; the others stay as they are. Nothing is saved until you press Import.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; относится к уже записанному делу. Отметьте поля, которые нужно взять из документа; остальные останутся без изменений. Ничего не сохраняется, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="350"/>
        <source>(correct this in the case after the import)</source>
        <translation>(исправьте это в деле после импорта)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="372"/>
        <source>&lt;b&gt;Case {reference}&lt;/b&gt; — {title}. Only the ticked fields are written; parties and remedies are only ever added, never removed.</source>
        <translation>&lt;b&gt;Дело {reference}&lt;/b&gt; — {title}. Записываются только отмеченные поля; стороны и средства правовой защиты только добавляются и никогда не удаляются.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="388"/>
        <source>Take “{field}” from the document</source>
        <translation>Взять «{field}» из документа</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="418"/>
        <source>Already a party of the case ({name})</source>
        <translation>Уже является стороной дела ({name})</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="422"/>
        <source>Registry match for {name}</source>
        <translation>Совпадение в реестре для {name}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="423"/>
        <source>Create a new person</source>
        <translation>Создать новое лицо</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="426"/>
        <source>Link to {name} (no. {id}, born {year}, {score}% alike)</source>
        <translation>Связать с {name} (№ {id}, год рождения {year}, сходство {score}%)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="428"/>
        <source>Link to {name} (no. {id}, {score}% alike)</source>
        <translation>Связать с {name} (№ {id}, сходство {score}%)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="462"/>
        <source>“{field}” has nothing to take from the document.</source>
        <translation>Для поля «{field}» в документе ничего нет.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="495"/>
        <source>“{field}” cannot be corrected here.</source>
        <translation>Поле «{field}» нельзя исправить здесь.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="501"/>
        <source>The file has not been read yet.</source>
        <translation>Файл ещё не прочитан.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="527"/>
        <source>No field is ticked: tick the fields to take from the document, or Cancel.</source>
        <translation>Не отмечено ни одного поля: отметьте поля, которые нужно взять из документа, или нажмите «Отмена».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="533"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="556"/>
        <source>Created case {reference} ({title}).</source>
        <translation>Создано дело {reference} ({title}).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="560"/>
        <source>Updated case {reference} ({title}).</source>
        <translation>Обновлено дело {reference} ({title}).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="567"/>
        <source>Written: {fields}.</source>
        <translation>Записано: {fields}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="573"/>
        <source>No field of the case changed.</source>
        <translation>Ни одно поле дела не изменилось.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="577"/>
        <source>New people: {names}.</source>
        <translation>Новые лица: {names}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="583"/>
        <source>Linked to the registry: {names}.</source>
        <translation>Связаны с реестром: {names}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="589"/>
        <source>Remedies added: {remedies}.</source>
        <translation>Добавлены средства правовой защиты: {remedies}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_decision.py" line="595"/>
        <source>Follow-up deadline: {date}.</source>
        <translation>Срок последующих мер: {date}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../views/dialogs/_import_common.py" line="62"/>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/_import_common.py" line="77"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорт</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/_import_common.py" line="121"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; could not be imported. Nothing was saved.</source>
        <translation>Не удалось импортировать &lt;b&gt;{file}&lt;/b&gt;. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/_import_common.py" line="132"/>
        <source>Something went wrong inside TreatyDesk (this is a bug, not a problem with your file). Nothing was saved.</source>
        <translation>Внутренняя ошибка TreatyDesk (это ошибка программы, а не проблема с вашим файлом). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/_import_common.py" line="155"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/_import_common.py" line="166"/>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/_import_common.py" line="172"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Готово.&lt;/b&gt; {summary}</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="78"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="79"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="80"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="81"/>
        <source>Patronymic / middle name</source>
        <translation>Отчество / второе имя</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="82"/>
        <source>Name in original script</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="83"/>
        <source>Pseudonym or initials</source>
        <translation>Псевдоним или инициалы</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="84"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="85"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="86"/>
        <location filename="../../views/dialogs/import_people.py" line="104"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="87"/>
        <source>Date of death</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="88"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="89"/>
        <source>Safety notes</source>
        <translation>Заметки о безопасности</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="90"/>
        <source>Consent to act</source>
        <translation>Согласие на представительство</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="91"/>
        <source>Consent to be named publicly</source>
        <translation>Согласие на публичное указание имени</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="92"/>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="93"/>
        <source>Form of consent</source>
        <translation>Форма согласия</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="94"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="95"/>
        <source>Case reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="96"/>
        <location filename="../../views/dialogs/import_people.py" line="200"/>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="100"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="101"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="102"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="103"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="105"/>
        <source>Case and role</source>
        <translation>Дело и роль</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="106"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="107"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="159"/>
        <location filename="../../views/dialogs/import_people.py" line="389"/>
        <source>Import people from a spreadsheet</source>
        <translation>Импорт людей из таблицы</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="178"/>
        <source>Choose a .csv or .xlsx file</source>
        <translation>Выберите файл .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="179"/>
        <source>Spreadsheet file</source>
        <translation>Файл таблицы</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="180"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="184"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="189"/>
        <source>optional, e.g. ILI-2022-UZ23</source>
        <translation>необязательно, например ILI-2022-UZ23</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="190"/>
        <source>Link everyone to the case</source>
        <translation>Связать всех с делом</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="193"/>
        <source>The reference of the case every imported person is linked to (a “Case reference” column, if mapped, wins for its rows)</source>
        <translation>Номер дела, с которым связывается каждый импортированный человек (если сопоставлен столбец «Номер дела», для его строк действует он)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="205"/>
        <source>The role of everyone linked to the case (a “Role” column, if mapped, wins)</source>
        <translation>Роль всех, кто связывается с делом (если сопоставлен столбец «Роль», действует он)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="209"/>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="214"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="217"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="228"/>
        <source>as &amp;role:</source>
        <translation>в &amp;роли:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="232"/>
        <source>Link to &amp;case:</source>
        <translation>Связать с &amp;делом:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="237"/>
        <source>Columns: what each one holds</source>
        <translation>Столбцы: что содержит каждый</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="248"/>
        <source>Guessed from the headers; correct any that are wrong. A column left “not imported” is ignored.</source>
        <translation>Определено по заголовкам; исправьте неверные. Столбец с пометкой «не импортируется» пропускается.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="257"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="261"/>
        <source>Only rows with &amp;problems</source>
        <translation>Только строки с &amp;проблемами</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="267"/>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="289"/>
        <source>What to do with the selected row</source>
        <translation>Что сделать с выбранной строкой</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="292"/>
        <source>Likely &amp;duplicate:</source>
        <translation>Вероятный д&amp;убликат:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="321"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="323"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="326"/>
        <source>&amp;Save the report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="348"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="358"/>
        <location filename="../../views/dialogs/import_people.py" line="722"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="391"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.xlsm *.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="420"/>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="450"/>
        <source>Choose a file: its columns appear here.</source>
        <translation>Выберите файл: здесь появятся его столбцы.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="460"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="460"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="460"/>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="465"/>
        <source>(column {n}, no header)</source>
        <translation>(столбец {n}, без заголовка)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="472"/>
        <source>Field for the column “{name}”</source>
        <translation>Поле для столбца «{name}»</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="473"/>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="542"/>
        <source>Checking the rows of {name}…</source>
        <translation>Проверка строк {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="561"/>
        <location filename="../../views/dialogs/import_people.py" line="641"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="563"/>
        <source>{file}: sheet “{sheet}”, {rows}</source>
        <translation>{file}: лист «{sheet}», {rows}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="566"/>
        <location filename="../../views/dialogs/import_people.py" line="570"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="566"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="566"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="567"/>
        <source>{file}: {encoding}, {separator}-separated, {rows}</source>
        <translation>{file}: {encoding}, разделитель — {separator}, {rows}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="604"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="605"/>
        <source>Likely duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="606"/>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="609"/>
        <source>Ready (see note)</source>
        <translation>Готово (см. примечание)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="631"/>
        <source>%n row(s) ready to import</source>
        <translation>
            <numerusform>%n строка готова к импорту</numerusform>
            <numerusform>%n строки готовы к импорту</numerusform>
            <numerusform>%n строк готовы к импорту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="635"/>
        <source>%n likely duplicate(s): choose what to do with each</source>
        <translation>
            <numerusform>%n вероятный дубликат: выберите, что делать с каждым</numerusform>
            <numerusform>%n вероятных дубликата: выберите, что делать с каждым</numerusform>
            <numerusform>%n вероятных дубликатов: выберите, что делать с каждым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="639"/>
        <source>%n row(s) with problems, not imported</source>
        <translation>
            <numerusform>%n строка с проблемами не импортируется</numerusform>
            <numerusform>%n строки с проблемами не импортируются</numerusform>
            <numerusform>%n строк с проблемами не импортируются</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="640"/>
        <source>{total}: {parts}.</source>
        <translation>{total}: {parts}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="644"/>
        <source>The first {shown} are listed.</source>
        <translation>Показаны первые {shown}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="656"/>
        <source>Leave out</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="658"/>
        <location filename="../../views/dialogs/import_people.py" line="684"/>
        <source>Import as a new person</source>
        <translation>Импортировать как нового человека</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="660"/>
        <source>Link to {name}</source>
        <translation>Связать с {name}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="675"/>
        <source>Leave this row out</source>
        <translation>Пропустить эту строку</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="678"/>
        <source>Link to {name} ({score}% alike), already recorded</source>
        <translation>Связать с {name} (сходство {score}%), уже есть в базе</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="686"/>
        <source>Row {row}, likely &amp;duplicate:</source>
        <translation>Строка {row}, вероятный д&amp;убликат:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="722"/>
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Импортировать %n строку</numerusform>
            <numerusform>&amp;Импортировать %n строки</numerusform>
            <numerusform>&amp;Импортировать %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="735"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="744"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %n person(s) imported; the rows not imported are listed.</source>
        <translation>
            <numerusform>&lt;b&gt;Готово.&lt;/b&gt; Импортирован %n человек; неимпортированные строки перечислены.</numerusform>
            <numerusform>&lt;b&gt;Готово.&lt;/b&gt; Импортировано %n человека; неимпортированные строки перечислены.</numerusform>
            <numerusform>&lt;b&gt;Готово.&lt;/b&gt; Импортировано %n человек; неимпортированные строки перечислены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="749"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; %n person(s) imported.</source>
        <translation>
            <numerusform>&lt;b&gt;Готово.&lt;/b&gt; Импортирован %n человек.</numerusform>
            <numerusform>&lt;b&gt;Готово.&lt;/b&gt; Импортировано %n человека.</numerusform>
            <numerusform>&lt;b&gt;Готово.&lt;/b&gt; Импортировано %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="766"/>
        <source>Import of {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="767"/>
        <source>Imported: %n row(s)</source>
        <translation>
            <numerusform>Импортировано: %n строка</numerusform>
            <numerusform>Импортировано: %n строки</numerusform>
            <numerusform>Импортировано: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="769"/>
        <source>({created} new, {linked} linked to a person already recorded).</source>
        <translation>({created} новых, {linked} связано с уже записанными людьми).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="774"/>
        <source>Linked to a case: %n</source>
        <translation>
            <numerusform>Связано с делом: %n</numerusform>
            <numerusform>Связано с делом: %n</numerusform>
            <numerusform>Связано с делом: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/dialogs/import_people.py" line="777"/>
        <source>Not imported: %n row(s)</source>
        <translation>
            <numerusform>Не импортировано: %n строка</numerusform>
            <numerusform>Не импортировано: %n строки</numerusform>
            <numerusform>Не импортировано: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="779"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="780"/>
        <source>Row {row}: {name}</source>
        <translation>Строка {row}: {name}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="785"/>
        <source>left out (a likely duplicate).</source>
        <translation>пропущена (вероятный дубликат).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="787"/>
        <source>Every row was imported.</source>
        <translation>Импортированы все строки.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="792"/>
        <source>The report is on the clipboard.</source>
        <translation>Отчёт скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="797"/>
        <source>Save the import report</source>
        <translation>Сохранить отчёт об импорте</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="797"/>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="807"/>
        <source>The report could not be saved: {reason}</source>
        <translation>Не удалось сохранить отчёт: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="812"/>
        <source>Report saved to {name}.</source>
        <translation>Отчёт сохранён в {name}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="846"/>
        <source>Something went wrong inside TreatyDesk (this is a bug, not a problem with your file). Nothing was imported.

{detail}</source>
        <translation>В TreatyDesk произошла внутренняя ошибка (это ошибка программы, а не проблема с вашим файлом). Ничего не импортировано.

{detail}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="865"/>
        <source>{message}

Nothing was imported.</source>
        <translation>{message}

Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="886"/>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 с маркером порядка байтов</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_people.py" line="890"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="41"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="42"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="43"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="44"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="45"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="46"/>
        <source>Follow-up</source>
        <translation>Послед. меры</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="47"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="51"/>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="52"/>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="53"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="54"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="55"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="56"/>
        <source>Follow-up deadline</source>
        <translation>Срок последующих мер</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="57"/>
        <source>Next list of issues (year)</source>
        <translation>Следующий перечень вопросов (год)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="58"/>
        <source>Next dialogue (year)</source>
        <translation>Следующий диалог (год)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="62"/>
        <source>Concern</source>
        <translation>Обеспокоенность</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="63"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="64"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="80"/>
        <source>{label}: “{text}” is not a year such as 2031.</source>
        <translation>{label}: «{text}» — не год (например, 2031).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="102"/>
        <source>Import concluding observations — {file}</source>
        <translation>Импорт заключительных замечаний — {file}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="117"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="121"/>
        <location filename="../../views/dialogs/import_review.py" line="124"/>
        <source>e.g. {example} or {iso}</source>
        <translation>например, {example} или {iso}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="135"/>
        <source>Paragraphs</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="174"/>
        <source>The review {symbol} is already recorded: Import updates it ({assessments} assessments kept).</source>
        <translation>Обзор {symbol} уже записан: при импорте он будет обновлён (оценки сохранятся: {assessments}).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="178"/>
        <source>Import creates a new review.</source>
        <translation>При импорте будет создан новый обзор.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="179"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="182"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {paragraphs} paragraphs, {recommendations} recommendations, follow-up paragraphs {follow_up}. {what} Nothing is saved until you press Import.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: пунктов — {paragraphs}, рекомендаций — {recommendations}, пункты о последующих мерах: {follow_up}. {what} Ничего не сохраняется, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="203"/>
        <source>Kind of paragraph {number}</source>
        <translation>Вид пункта {number}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="216"/>
        <source>Named in the follow-up paragraph</source>
        <translation>Указан в пункте о последующих мерах</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="239"/>
        <source>The file has not been read yet.</source>
        <translation>Файл ещё не прочитан.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="267"/>
        <source>Next list of issues</source>
        <translation>Следующий перечень вопросов</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/import_review.py" line="268"/>
        <source>Next dialogue</source>
        <translation>Следующий диалог</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../views/language_menu.py" line="30"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../views/language_menu.py" line="35"/>
        <source>&amp;System default</source>
        <translation>&amp;Системный по умолчанию</translation>
    </message>
    <message>
        <location filename="../../views/language_menu.py" line="61"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../views/language_menu.py" line="63"/>
        <source>The interface will be in {language} the next time TreatyDesk starts.</source>
        <translation>Интерфейс будет на языке «{language}» при следующем запуске TreatyDesk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="94"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="95"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="96"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="97"/>
        <source>Reviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="98"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="105"/>
        <source>TreatyDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных TreatyDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="162"/>
        <source>TreatyDesk — DEMO — {database}</source>
        <translation>TreatyDesk — ДЕМО — {database}</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="164"/>
        <source>TreatyDesk — {database}</source>
        <translation>TreatyDesk — {database}</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="206"/>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="307"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="310"/>
        <source>Create an empty database file and open it</source>
        <translation>Создать пустой файл базы данных и открыть его</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="314"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="317"/>
        <source>Open another database file, or a database server</source>
        <translation>Открыть другой файл базы данных или сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="321"/>
        <source>Open &amp;demo portfolio</source>
        <translation>Открыть &amp;демонстрационный портфель</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="323"/>
        <source>Build a fresh demo portfolio in its own file (demo.sqlite) and open it</source>
        <translation>Создать новый демонстрационный портфель в отдельном файле (demo.sqlite) и открыть его</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="327"/>
        <source>&amp;Back up now…</source>
        <translation>Создать резервную &amp;копию…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="329"/>
        <source>Write a backup of the database and its documents</source>
        <translation>Создать резервную копию базы данных и её документов</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="333"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="335"/>
        <source>Replace the database and its documents with a backup</source>
        <translation>Заменить базу данных и её документы резервной копией</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="338"/>
        <source>Import &amp;decision…</source>
        <translation>Импорт &amp;решения…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="340"/>
        <source>Read a Committee&apos;s Views or decision (.txt, .docx, .pdf) into a case</source>
        <translation>Загрузить Соображения или решение Комитета (.txt, .docx, .pdf) в дело</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="344"/>
        <source>Import concluding &amp;observations…</source>
        <translation>Импорт заключительных за&amp;мечаний…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="347"/>
        <source>Read a Committee&apos;s concluding observations (.txt, .docx, .pdf) into a review</source>
        <translation>Загрузить заключительные замечания Комитета (.txt, .docx, .pdf) в обзор</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="352"/>
        <source>Import &amp;people from a spreadsheet…</source>
        <translation>Импорт &amp;людей из таблицы…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="354"/>
        <source>Read victims and other people from a .csv or .xlsx file</source>
        <translation>Загрузить жертв и других лиц из файла .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="358"/>
        <source>E&amp;xport case bundle…</source>
        <translation>&amp;Экспорт пакета дел…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="361"/>
        <source>Put chosen cases in an encrypted file (.tdbundle) to work on them on another computer</source>
        <translation>Поместить выбранные дела в зашифрованный файл (.tdbundle) для работы с ними на другом компьютере</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="367"/>
        <source>Import case b&amp;undle…</source>
        <translation>Импорт п&amp;акета дел…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="370"/>
        <source>Bring back cases from a .tdbundle: new records added, conflicts settled by you</source>
        <translation>Вернуть дела из файла .tdbundle: новые записи добавляются, конфликты разрешаете вы</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="376"/>
        <source>Backups are for a database file on this computer; a database server is backed up with the server&apos;s own tools</source>
        <translation>Резервные копии создаются для файла базы данных на этом компьютере; сервер базы данных резервируется собственными средствами сервера</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="384"/>
        <source>&amp;Save all open editors</source>
        <translation>&amp;Сохранить все открытые редакторы</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="387"/>
        <source>Save the changes in every open editor window</source>
        <translation>Сохранить изменения во всех открытых окнах редактора</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="390"/>
        <source>&amp;Close window</source>
        <translation>&amp;Закрыть окно</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="393"/>
        <source>Close TreatyDesk&apos;s window</source>
        <translation>Закрыть окно TreatyDesk</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="395"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="399"/>
        <source>New &amp;case…</source>
        <translation>Новое &amp;дело…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="402"/>
        <source>Record a new case</source>
        <translation>Зарегистрировать новое дело</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="407"/>
        <location filename="../../views/main_window.py" line="634"/>
        <source>Needs the case editor, which is not available</source>
        <translation>Требуется редактор дел, который недоступен</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="410"/>
        <source>New &amp;person…</source>
        <translation>Новое &amp;лицо…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="413"/>
        <source>Record a new person</source>
        <translation>Зарегистрировать новое лицо</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="416"/>
        <source>New periodic &amp;review…</source>
        <translation>Новый периодический &amp;обзор…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="418"/>
        <source>Record a periodic review of a State</source>
        <translation>Зарегистрировать периодический обзор государства</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="421"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Поиск по всему…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="424"/>
        <source>Find a case or a person by reference, number, symbol, title or name</source>
        <translation>Найти дело или лицо по ссылке, номеру, условному обозначению, названию или имени</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="428"/>
        <source>&amp;Find in the list…</source>
        <translation>&amp;Найти в списке…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="431"/>
        <source>Filter the list on this page (the cases list elsewhere)</source>
        <translation>Фильтровать список на этой странице (в других местах — список дел)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="434"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="437"/>
        <source>Read everything again from the database</source>
        <translation>Заново прочитать всё из базы данных</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="450"/>
        <source>&amp;About TreatyDesk</source>
        <translation>&amp;О программе TreatyDesk</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="452"/>
        <source>&amp;Where is my data?</source>
        <translation>&amp;Где мои данные?</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="456"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="459"/>
        <source>Recent &amp;files</source>
        <translation>Последние &amp;файлы</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="478"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="486"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="491"/>
        <source>Open &amp;windows</source>
        <translation>Открытые о&amp;кна</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="498"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="503"/>
        <source>Main actions</source>
        <translation>Основные действия</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="526"/>
        <source> DEMO </source>
        <translation> ДЕМО </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="532"/>
        <source>Sample data in demo.sqlite, not your own database</source>
        <translation>Демонстрационные данные в demo.sqlite, а не ваша база данных</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="535"/>
        <source>Database: {database}</source>
        <translation>База данных: {database}</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="537"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="540"/>
        <source>Encrypted</source>
        <translation>Зашифровано</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="540"/>
        <source>Not encrypted</source>
        <translation>Не зашифровано</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="542"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="544"/>
        <source>The database file and its documents are encrypted with your passphrase</source>
        <translation>Файл базы данных и её документы зашифрованы вашей парольной фразой</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="546"/>
        <source>The database file is not encrypted: keep it on an encrypted disk</source>
        <translation>Файл базы данных не зашифрован: храните его на зашифрованном диске</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="550"/>
        <source>Record counts</source>
        <translation>Количество записей</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="588"/>
        <source>Could not read the database: {problem}</source>
        <translation>Не удалось прочитать базу данных: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="602"/>
        <source>%Ln case</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="604"/>
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="605"/>
        <source>%Ln person</source>
        <translation>
            <numerusform>%Ln лицо</numerusform>
            <numerusform>%Ln лица</numerusform>
            <numerusform>%Ln лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="607"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln лицо</numerusform>
            <numerusform>%Ln лица</numerusform>
            <numerusform>%Ln лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="608"/>
        <source>%Ln review</source>
        <translation>
            <numerusform>%Ln обзор</numerusform>
            <numerusform>%Ln обзора</numerusform>
            <numerusform>%Ln обзоров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="610"/>
        <source>%Ln reviews</source>
        <translation>
            <numerusform>%Ln обзор</numerusform>
            <numerusform>%Ln обзора</numerusform>
            <numerusform>%Ln обзоров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="624"/>
        <source>That case is no longer in the database.</source>
        <translation>Этого дела больше нет в базе данных.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="632"/>
        <source>Record a new case (Ctrl+N)</source>
        <translation>Зарегистрировать новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="642"/>
        <source>There is no case {reference} any more.</source>
        <translation>Дела {reference} больше нет.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="719"/>
        <source>Open this record from its case or review.</source>
        <translation>Откройте эту запись из её дела или обзора.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="778"/>
        <source>Nothing to save: the lists are read from the database, and no editor window has unsaved changes.</source>
        <translation>Нечего сохранять: списки читаются из базы данных, а несохранённых изменений ни в одном окне редактора нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="790"/>
        <source>Saved %Ln editor.</source>
        <translation>
            <numerusform>Сохранён %Ln редактор.</numerusform>
            <numerusform>Сохранено %Ln редактора.</numerusform>
            <numerusform>Сохранено %Ln редакторов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="790"/>
        <source>Saved %Ln editors.</source>
        <translation>
            <numerusform>Сохранён %Ln редактор.</numerusform>
            <numerusform>Сохранено %Ln редактора.</numerusform>
            <numerusform>Сохранено %Ln редакторов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="820"/>
        <source>the open editors</source>
        <translation>открытые редакторы</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="860"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="905"/>
        <source>Recent files</source>
        <translation>Последние файлы</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="907"/>
        <source>{path} is no longer there (moved or deleted); it was taken off the list.</source>
        <translation>{path} больше не существует (перемещён или удалён); он удалён из списка.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="921"/>
        <source>No recent files</source>
        <translation>Нет последних файлов</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="925"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="935"/>
        <source>No editor window is open</source>
        <translation>Нет открытых окон редактора</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="944"/>
        <source>Documents (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Документы (*.txt *.docx *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="949"/>
        <source>Import a Committee&apos;s decision</source>
        <translation>Импорт решения Комитета</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="964"/>
        <source>Import concluding observations</source>
        <translation>Импорт заключительных замечаний</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1027"/>
        <location filename="../../views/main_window.py" line="1082"/>
        <source>Back up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1028"/>
        <source>Write a backup of the database and its documents now?</source>
        <translation>Создать резервную копию базы данных и её документов сейчас?</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1031"/>
        <source>It goes to {folder}, with the daily backups. Keep a copy somewhere else too (an encrypted USB disk).</source>
        <translation>Она будет сохранена в {folder} вместе с ежедневными резервными копиями. Храните копию и в другом месте (на зашифрованном USB-диске).</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1035"/>
        <source>Back up now</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1037"/>
        <source>Choose another place…</source>
        <translation>Выбрать другое место…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1048"/>
        <source>Back up to</source>
        <translation>Сохранить резервную копию в</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1050"/>
        <source>TreatyDesk backups (*.zip)</source>
        <translation>Резервные копии TreatyDesk (*.zip)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1066"/>
        <source>Writing the backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1073"/>
        <source>Backup written: {path} ({size}).</source>
        <translation>Резервная копия создана: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1083"/>
        <source>The backup was not written: {problem}</source>
        <translation>Резервная копия не создана: {problem}</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1105"/>
        <location filename="../../views/main_window.py" line="1139"/>
        <location filename="../../views/main_window.py" line="1151"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1126"/>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1127"/>
        <source>{problem}

The passphrase the backup was made with:</source>
        <translation>{problem}

Парольная фраза, с которой была создана резервная копия:</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1140"/>
        <source>Nothing was restored: {problem}</source>
        <translation>Ничего не восстановлено: {problem}</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1145"/>
        <source>Restored from {name}.</source>
        <translation>Восстановлено из {name}.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1147"/>
        <source>The database as it was is kept as {name}.</source>
        <translation>Прежняя база данных сохранена как {name}.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1159"/>
        <source>About TreatyDesk</source>
        <translation>О программе TreatyDesk</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1162"/>
        <source>&lt;p&gt;Case management for litigation before the UN human-rights treaty bodies: communications, Views and their follow-up, per-victim implementation of remedies, periodic reviews and their deadlines.&lt;/p&gt;&lt;p&gt;Your data stays on this computer. See Help ▸ Where is my data?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ведение дел, рассматриваемых договорными органами ООН по правам человека: сообщения, Соображения и последующие меры, выполнение средств правовой защиты в отношении каждой жертвы, периодические обзоры и их сроки.&lt;/p&gt;&lt;p&gt;Ваши данные остаются на этом компьютере. См. Справка ▸ Где мои данные?&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1171"/>
        <source>&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;База данных:&lt;/b&gt; {database}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1176"/>
        <source>&lt;p&gt;The database file is &lt;b&gt;encrypted&lt;/b&gt; with your passphrase.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Файл базы данных &lt;b&gt;зашифрован&lt;/b&gt; вашей парольной фразой.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1178"/>
        <source>&lt;p&gt;The database file is &lt;b&gt;not encrypted&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Файл базы данных &lt;b&gt;не зашифрован&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1183"/>
        <source>&lt;p&gt;This is the &lt;b&gt;demo portfolio&lt;/b&gt;: sample data in its own file, rebuilt each time you open it. Your own database is a different file and is not open now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Это &lt;b&gt;демонстрационный портфель&lt;/b&gt;: примерные данные в отдельном файле, который создаётся заново при каждом открытии. Ваша собственная база данных — другой файл, и сейчас она не открыта.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1192"/>
        <source>&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; {folder}&lt;br&gt;Backups (daily, before every upgrade of the database, and on request): {backups}&lt;br&gt;Documents: {documents}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Папка данных:&lt;/b&gt; {folder}&lt;br&gt;Резервные копии (ежедневно, перед каждым обновлением базы данных и по запросу): {backups}&lt;br&gt;Документы: {documents}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1204"/>
        <source>&lt;p&gt;Names of victims and witnesses are in the database file: keep it on an encrypted disk and include it in your backups.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Имена жертв и свидетелей хранятся в файле базы данных: держите его на зашифрованном диске и включайте в резервные копии.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1212"/>
        <source>Where is my data?</source>
        <translation>Где мои данные?</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="1219"/>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="295"/>
        <source>{fully} of {of} fully</source>
        <translation>{fully} из {of} полностью</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="299"/>
        <source>{name}: {fully} of {of} individual remedies fully implemented</source>
        <translation>{name}: {fully} из {of} индивидуальных мер выполнено полностью</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="325"/>
        <source>No status recorded (unknown).</source>
        <translation>Статус не записан (неизвестно).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="330"/>
        <source>Amount: {amount} {currency}</source>
        <translation>Сумма: {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="335"/>
        <source>As of {date}</source>
        <translation>По состоянию на {date}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="337"/>
        <source>Evidence: {text}</source>
        <translation>Доказательства: {text}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="339"/>
        <source>Source: {text}</source>
        <translation>Источник: {text}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="341"/>
        <source>Unsaved changes in the side panel: Save (Ctrl+S) writes them.</source>
        <translation>Несохранённые изменения в боковой панели: Сохранить (Ctrl+S) запишет их.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/implementation.py" line="357"/>
        <source>Individual remedies fully implemented for the victim</source>
        <translation>Индивидуальные средства правовой защиты, полностью выполненные в отношении жертвы</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="41"/>
        <source>Info</source>
        <extracomment>What a screen reader says before the message.</extracomment>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="42"/>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="43"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="44"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="60"/>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="61"/>
        <source>Hide message</source>
        <translation>Скрыть сообщение</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="152"/>
        <source>Protect the database</source>
        <translation>Защита базы данных</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="153"/>
        <source>TreatyDesk keeps the names of victims, witnesses and your own staff. Protect them with a passphrase: the database, its documents and its backups are then encrypted on the disk, and unreadable without it.

Keep the passphrase safe: if it is lost, nobody — TreatyDesk included — can recover the data.</source>
        <translation>TreatyDesk хранит имена жертв, свидетелей и ваших сотрудников. Защитите их парольной фразой: тогда база данных, её документы и резервные копии будут зашифрованы на диске и без неё нечитаемы.

Храните парольную фразу надёжно: если она будет утеряна, никто — включая TreatyDesk — не сможет восстановить данные.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="162"/>
        <source>Protect with a passphrase</source>
        <translation>Защитить парольной фразой</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="163"/>
        <source>The database, its documents and its backups will be encrypted with this passphrase. Keep it safe: if it is lost, nobody can recover the data.</source>
        <translation>База данных, её документы и резервные копии будут зашифрованы этой парольной фразой. Храните её надёжно: если она будет утеряна, никто не сможет восстановить данные.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="170"/>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="171"/>
        <source>The database, its documents and its backups will be re-encrypted with the new passphrase; a backup is taken first.</source>
        <translation>База данных, её документы и резервные копии будут заново зашифрованы новой парольной фразой; предварительно создаётся резервная копия.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="199"/>
        <source>TreatyDesk — {title}</source>
        <translation>TreatyDesk — {title}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="204"/>
        <source>Protect with a passphrase (recommended)</source>
        <translation>Защитить парольной фразой (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="207"/>
        <location filename="../../views/dialogs/passphrase.py" line="208"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="209"/>
        <source>At least 8 characters; a few words are best</source>
        <translation>Не менее 8 символов; лучше несколько слов</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="210"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="211"/>
        <source>The same again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="212"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="217"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="221"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="223"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="226"/>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="233"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="255"/>
        <source>Without a passphrase, anyone who gets this computer&apos;s disk, or a copy of the database or its backups, can read every name in it. You can protect it later (Database ▸ Protect with a passphrase).</source>
        <translation>Без парольной фразы любой, кто получит диск этого компьютера или копию базы данных либо её резервных копий, сможет прочитать все имена в ней. Защитить её можно позже (База данных ▸ Защитить парольной фразой).</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <location filename="../../views/shadow_builder.py" line="240"/>
        <source>New shadow report</source>
        <translation>Новый альтернативный доклад</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="243"/>
        <source>e.g. Submission for the list of issues, 2031</source>
        <translation>например, Материалы к перечню вопросов, 2031</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="247"/>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="251"/>
        <source>The Committee&apos;s word limit for this submission ({min} to {max}); 0 for none</source>
        <translation>Ограничение объёма этого документа в словах, установленное Комитетом (от {min} до {max}); 0 — без ограничения</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="262"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="263"/>
        <source>&amp;Word limit:</source>
        <translation>&amp;Лимит слов:</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="264"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="268"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="645"/>
        <source>Import case bundle</source>
        <translation>Импорт пакета дел</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="654"/>
        <source>Enter the passphrase the bundle {name} was made with. Nothing is changed before you have seen what it brings.</source>
        <translation>Введите парольную фразу, с которой был создан пакет {name}. Ничего не будет изменено, пока вы не увидите его содержимое.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="660"/>
        <location filename="../../views/dialogs/bundle_transfer.py" line="661"/>
        <source>Passphrase of the bundle</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="663"/>
        <source>Opening the bundle</source>
        <translation>Открытие пакета</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="672"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/bundle_transfer.py" line="697"/>
        <source>Decrypting the bundle and comparing it with this database…</source>
        <translation>Расшифровка пакета и сравнение с этой базой данных…</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="121"/>
        <location filename="../../views/dialogs/open_database.py" line="260"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="129"/>
        <source>A database &amp;file on this computer</source>
        <translation>&amp;Файл базы данных на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="130"/>
        <source>A database &amp;server (PostgreSQL)</source>
        <translation>&amp;Сервер баз данных (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="137"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="139"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="140"/>
        <source>The .sqlite file of a TreatyDesk database</source>
        <translation>Файл .sqlite базы данных TreatyDesk</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="141"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="148"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="151"/>
        <source>Server name or address</source>
        <translation>Имя или адрес сервера</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="154"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="158"/>
        <source>Database name</source>
        <translation>Имя базы данных</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="160"/>
        <source>Your own login on the server</source>
        <translation>Ваша личная учётная запись на сервере</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="161"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="162"/>
        <source>Typed each time; never kept</source>
        <translation>Вводится каждый раз; не сохраняется</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="163"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="166"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="168"/>
        <source>Built from the fields above; paste a whole address here to fill them.</source>
        <translation>Составляется из полей выше; вставьте сюда полный адрес, чтобы заполнить их.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="172"/>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="177"/>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="180"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="181"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="182"/>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="183"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="186"/>
        <source>Log in with your own login: the history of changes records it. The password is not kept; leave it empty if the server finds it in PGPASSWORD or ~/.pgpass.</source>
        <translation>Входите под своим логином: он записывается в историю изменений. Пароль не сохраняется; оставьте поле пустым, если сервер найдёт его в PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="201"/>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="217"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="262"/>
        <source>TreatyDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных TreatyDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/open_database.py" line="368"/>
        <source>Connecting to {server}…</source>
        <translation>Подключение к {server}…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../views/case_editor/overview.py" line="45"/>
        <source>Incident</source>
        <extracomment>(field, label, tip); the label and the tip are translated when shown (&quot;OverviewTab&quot;).</extracomment>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="46"/>
        <source>When the violation took place (the first incident)</source>
        <translation>Когда произошло нарушение (первый инцидент)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="50"/>
        <source>Final domestic decision</source>
        <translation>Окончательное внутреннее решение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="51"/>
        <source>Exhaustion of domestic remedies: the body&apos;s filing limit runs from this date</source>
        <translation>Исчерпание внутренних средств защиты: срок подачи в договорный орган исчисляется с этой даты</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="58"/>
        <source>Submission</source>
        <translation>Подача</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="59"/>
        <source>The communication was sent to the Committee</source>
        <translation>Сообщение направлено в Комитет</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="63"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="64"/>
        <source>The Committee registered the communication</source>
        <translation>Комитет зарегистрировал сообщение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="68"/>
        <source>Transmittal to the State</source>
        <translation>Препровождение государству</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="69"/>
        <source>The communication was sent to the State</source>
        <translation>Сообщение направлено государству</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="73"/>
        <source>State observations received</source>
        <translation>Получены замечания государства</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="74"/>
        <source>The State party&apos;s observations on admissibility and merits arrived</source>
        <translation>Поступили замечания государства-участника по вопросу о приемлемости и существу дела</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="80"/>
        <source>Decision adopted</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="81"/>
        <source>The Committee adopted its Views or decision</source>
        <translation>Комитет принял Соображения или решение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="85"/>
        <source>Decision transmitted</source>
        <translation>Решение препровождено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="86"/>
        <source>The decision was sent to the parties</source>
        <translation>Решение направлено сторонам</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="149"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="150"/>
        <source>Your internal reference, e.g. KZ-2026-01</source>
        <translation>Ваш внутренний номер, например KZ-2026-01</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="154"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="155"/>
        <source>e.g. Twenty-three Uzbek nationals v. Kazakhstan</source>
        <translation>например, Двадцать три гражданина Узбекистана против Казахстана</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="158"/>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="158"/>
        <source>The Committee the case is before</source>
        <translation>Комитет, в котором рассматривается дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="162"/>
        <source>State party</source>
        <translation>Государство-участник</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="163"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="164"/>
        <source>Type part of the name, e.g. Kazakh</source>
        <translation>Введите часть названия, например Казах</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="168"/>
        <source>Communication number</source>
        <translation>Номер сообщения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="170"/>
        <source>number/year, e.g. 3456/2023</source>
        <translation>номер/год, например 3456/2023</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="174"/>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="176"/>
        <source>e.g. CCPR/C/112/D/2137/2012</source>
        <translation>например, CCPR/C/112/D/2137/2012</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="179"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="181"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="182"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="185"/>
        <source>Decision type</source>
        <translation>Тип решения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="186"/>
        <source>— not decided —</source>
        <translation>— решение не принято —</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="188"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="188"/>
        <source>e.g. 112</source>
        <translation>например, 112</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="189"/>
        <source>Lead lawyer</source>
        <translation>Ведущий юрист</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="192"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="193"/>
        <source>Themes, separated by commas; known tags are suggested as you type</source>
        <translation>Темы через запятую; при вводе предлагаются известные метки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="205"/>
        <source>Interim measures requested</source>
        <translation>Запрошены временные меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="206"/>
        <source>Requested</source>
        <translation>Запрошены</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="209"/>
        <source>Date of the request</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="212"/>
        <source>Interim measures granted</source>
        <translation>Приняты временные меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="212"/>
        <source>Granted</source>
        <translation>Приняты</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="215"/>
        <source>Date of the grant</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="219"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="222"/>
        <source>The facts and the claims in a few lines (used in status summaries)</source>
        <translation>Факты и жалобы в нескольких строках (используются в сводках о статусе)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="226"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="226"/>
        <source>Internal notes</source>
        <translation>Внутренние заметки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="229"/>
        <source>Identification</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="232"/>
        <source>&amp;Reference: *</source>
        <translation>&amp;Номер: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="233"/>
        <source>&amp;Title: *</source>
        <translation>Н&amp;азвание: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="234"/>
        <source>Treaty &amp;body: *</source>
        <translation>&amp;Договорный орган: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="235"/>
        <source>State &amp;party: *</source>
        <translation>&amp;Государство-участник: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="236"/>
        <source>Communication &amp;number:</source>
        <translation>Номер &amp;сообщения:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="237"/>
        <source>Document s&amp;ymbol:</source>
        <translation>&amp;Условное обозначение:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="238"/>
        <source>Confidential&amp;ity:</source>
        <translation>&amp;Конфиденциальность:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="241"/>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="244"/>
        <source>St&amp;age:</source>
        <translation>Стади&amp;я:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="245"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="246"/>
        <source>&amp;Decision type:</source>
        <translation>&amp;Тип решения:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="247"/>
        <source>Sessi&amp;on:</source>
        <translation>С&amp;ессия:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="250"/>
        <source>Team and themes</source>
        <translation>Команда и темы</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="252"/>
        <source>&amp;Lead lawyer:</source>
        <translation>&amp;Ведущий юрист:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="253"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="255"/>
        <source>Key dates (dd.mm.yyyy; leave empty when unknown)</source>
        <translation>Ключевые даты (дд.мм.гггг; оставьте пустыми, если неизвестны)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="259"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="260"/>
        <source>Interim measures</source>
        <translation>Временные меры</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="262"/>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="263"/>
        <source>Grant:</source>
        <translation>Принятие:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="266"/>
        <source>Summary and notes</source>
        <translation>Резюме и заметки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="269"/>
        <source>Su&amp;mmary</source>
        <translation>Рез&amp;юме</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="270"/>
        <source>Not&amp;es</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="282"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="342"/>
        <source>New: written to the database when you save (Ctrl+S).</source>
        <translation>Новое: будет записано в базу данных при сохранении (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/overview.py" line="346"/>
        <source>Recorded {created} · last saved {saved} · version {version}</source>
        <translation>Создано {created} · последнее сохранение {saved} · версия {version}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../views/pages/base.py" line="64"/>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../views/pages/cases.py" line="102"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="149"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../views/pages/documents.py" line="14"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../views/pages/documents.py" line="15"/>
        <source>Generated documents and attachments will be listed here.</source>
        <translation>Здесь будут перечислены сформированные документы и вложения.</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="41"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="42"/>
        <source>No people recorded yet.</source>
        <translation>Пока нет записанных людей.</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="23"/>
        <source>Periodic reviews</source>
        <translation>Периодические обзоры</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="24"/>
        <source>No periodic review recorded yet.</source>
        <translation>Периодических обзоров пока нет.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <location filename="../../views/case_editor/parties.py" line="85"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="87"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="88"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="100"/>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="101"/>
        <source>As “{name}”</source>
        <translation>Как «{name}»</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="108"/>
        <source>Consented to be named: documents print the real name.</source>
        <translation>Дано согласие на указание имени: в документах печатается настоящее имя.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="114"/>
        <source>Not to be named: documents print “{name}” (pseudonym).</source>
        <translation>Имя не указывать: в документах печатается «{name}» (псевдоним).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="120"/>
        <source>Not to be named: documents print “{name}” (initials).</source>
        <translation>Имя не указывать: в документах печатается «{name}» (инициалы).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="125"/>
        <source>Consent to act: {answer}</source>
        <translation>Согласие на представление: {answer}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="133"/>
        <source>date not recorded</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="138"/>
        <source>Consent given: {when}</source>
        <translation>Согласие дано: {when}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="146"/>
        <source>⚠ Notes</source>
        <translation>⚠ Заметки</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="703"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="704"/>
        <source>Notes on the party</source>
        <translation>Заметки о стороне</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="713"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="714"/>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="716"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Изменить данные человека…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="718"/>
        <source>Name, consent, contact and safety notes</source>
        <translation>Имя, согласие, контакты и заметки о безопасности</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="723"/>
        <source>&amp;Add existing person…</source>
        <translation>&amp;Добавить существующего человека…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="725"/>
        <source>Link someone already recorded</source>
        <translation>Связать с уже записанным человеком</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="728"/>
        <source>Ne&amp;w person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="730"/>
        <source>Record a new person and link them to this case</source>
        <translation>Записать нового человека и связать его с этим делом</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="735"/>
        <source>party</source>
        <comment>the kind of record in the list: No {noun} recorded yet, &amp;New {noun}</comment>
        <translation>сторона</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="750"/>
        <source>Re&amp;move from case</source>
        <translation>&amp;Убрать из дела</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="772"/>
        <source>Nobody is linked to this case yet: add the author, the victims and counsel.</source>
        <translation>С этим делом ещё никто не связан: добавьте автора, жертв и представителя.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="778"/>
        <source>{parties}, {victims}. {hidden} may not be named: documents show their pseudonym or initials.</source>
        <translation>{parties}, {victims}. Нельзя называть: {hidden}; в документах указаны их псевдонимы или инициалы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/parties.py" line="781"/>
        <source>%n party</source>
        <translation>
            <numerusform>%n сторона</numerusform>
            <numerusform>%n стороны</numerusform>
            <numerusform>%n сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/parties.py" line="781"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n сторона</numerusform>
            <numerusform>%n стороны</numerusform>
            <numerusform>%n сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/parties.py" line="783"/>
        <source>%n victim</source>
        <translation>
            <numerusform>%n жертва</numerusform>
            <numerusform>%n жертвы</numerusform>
            <numerusform>%n жертв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/parties.py" line="785"/>
        <source>%n victims</source>
        <translation>
            <numerusform>%n жертва</numerusform>
            <numerusform>%n жертвы</numerusform>
            <numerusform>%n жертв</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="852"/>
        <source>This party is no longer linked to the case.</source>
        <translation>Эта сторона больше не связана с делом.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="868"/>
        <source>born {date}</source>
        <translation>род. {date}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="872"/>
        <source>died {date}</source>
        <translation>ум. {date}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="884"/>
        <source>Pseudonym: {name}</source>
        <translation>Псевдоним: {name}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="886"/>
        <source>Contact: {contact}</source>
        <translation>Контакты: {contact}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="888"/>
        <source>⚠ Safety: {notes}</source>
        <translation>⚠ Безопасность: {notes}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="900"/>
        <source>Also in: {cases}</source>
        <translation>Также в делах: {cases}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="902"/>
        <source>Not a party to any other case.</source>
        <translation>Не является стороной других дел.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="47"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="49"/>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="85"/>
        <source>TreatyDesk — unlock</source>
        <translation>TreatyDesk — разблокировка</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="94"/>
        <source>The database {database} is protected by a passphrase. Enter it to open the database.</source>
        <translation>База данных {database} защищена парольной фразой. Введите её, чтобы открыть базу данных.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="100"/>
        <location filename="../../views/dialogs/passphrase.py" line="101"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/passphrase.py" line="107"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../views/pages/people.py" line="77"/>
        <source>Everyone recorded in a case. Names stay on this computer; documents use the pseudonym or initials of anyone who has not consented to be named. Enter or a double-click opens a person.</source>
        <translation>Все лица, записанные в каком-либо деле. Имена остаются на этом компьютере; в документах используются псевдоним или инициалы тех, кто не дал согласия на указание имени. Enter или двойной щелчок открывает карточку лица.</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="87"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="95"/>
        <source>Filter by name or pseudonym, in any script (Ctrl+F)</source>
        <translation>Фильтр по имени или псевдониму, в любой письменности (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="99"/>
        <source>All nationalities</source>
        <translation>Все гражданства</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="99"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="101"/>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="101"/>
        <source>Role in a case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="106"/>
        <location filename="../../views/pages/people.py" line="107"/>
        <source>Case reference</source>
        <translation>Ссылка на дело</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="108"/>
        <source>Only the parties to the case with this reference</source>
        <translation>Только стороны по делу с этой ссылкой</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="113"/>
        <source>&amp;New person…</source>
        <translation>&amp;Новое лицо…</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="114"/>
        <source>Record a new person</source>
        <translation>Зарегистрировать новое лицо</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="116"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="118"/>
        <source>Read victims and other people from a .csv or .xlsx file</source>
        <translation>Загрузить жертв и других лиц из файла .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="124"/>
        <source>Export the people registry as filtered</source>
        <translation>Экспортировать отфильтрованный реестр лиц</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="131"/>
        <source>Number of people shown</source>
        <translation>Число показанных лиц</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="215"/>
        <source>No one’s name or pseudonym contains “{text}”.</source>
        <translation>Ни одно имя или псевдоним не содержит «{text}».</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="218"/>
        <source>No one matches the filter.</source>
        <translation>Никто не соответствует фильтру.</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="220"/>
        <source>No people recorded yet.</source>
        <translation>Лица пока не записаны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/pages/people.py" line="223"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n лицо</numerusform>
            <numerusform>%n лица</numerusform>
            <numerusform>%n лиц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="223"/>
        <source>1 person</source>
        <translation>1 лицо</translation>
    </message>
    <message>
        <location filename="../../views/pages/people.py" line="265"/>
        <source>Exporting is not available here.</source>
        <translation>Экспорт здесь недоступен.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="53"/>
        <source>May be named in documents.</source>
        <translation>Может быть назван(а) в документах.</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="54"/>
        <source>Not to be named: documents show “{name}”.</source>
        <translation>Имя не раскрывается: в документах — «{name}».</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="61"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="67"/>
        <source>Original script</source>
        <translation>В оригинале</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="70"/>
        <source>The name as written in the person&apos;s own script</source>
        <translation>Имя в написании на родном языке человека</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="75"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="78"/>
        <source>The name or initials documents use when the person may not be named</source>
        <translation>Имя или инициалы, используемые в документах, если человека нельзя называть</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="83"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="85"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="91"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="95"/>
        <source>The cases the person is a party to</source>
        <translation>Дела, в которых участвует человек</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="98"/>
        <source>Consent to be named</source>
        <translation>Согласие на указание имени</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="176"/>
        <source>(no longer exists — press F5)</source>
        <translation>(больше не существует — нажмите F5)</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="194"/>
        <source>{tip} — this column cannot be sorted</source>
        <translation>{tip} — этот столбец нельзя сортировать</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/people_model.py" line="196"/>
        <source>Cannot be sorted</source>
        <translation>Сортировка невозможна</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../views/case_editor/parties.py" line="264"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="266"/>
        <source>Edit {name}</source>
        <translation>Изменить: {name}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="273"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="274"/>
        <source>As in the passport, any script</source>
        <translation>Как в паспорте, любым алфавитом</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="278"/>
        <source>Name in original script</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="279"/>
        <source>e.g. Алия Нурпеисова</source>
        <translation>напр. Алия Нурпеисова</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="283"/>
        <source>Pseudonym or initials</source>
        <translation>Псевдоним или инициалы</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="284"/>
        <source>Used in documents, e.g. U-23</source>
        <translation>Используется в документах, напр. U-23</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="286"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="287"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="289"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="289"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="292"/>
        <source>Date of death</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="293"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="296"/>
        <source>Safety notes</source>
        <translation>Заметки о безопасности</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="298"/>
        <source>Risks, how to reach safely</source>
        <translation>Риски, как безопасно связаться</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="302"/>
        <source>Consent to act</source>
        <translation>Согласие на представительство</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="303"/>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="303"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="303"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="307"/>
        <source>Consent to be named</source>
        <translation>Согласие на указание имени</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="309"/>
        <source>No: use the pseudonym or initials</source>
        <translation>Нет: использовать псевдоним или инициалы</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="310"/>
        <source>Yes: documents may name them</source>
        <translation>Да: имя можно указывать в документах</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="313"/>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="316"/>
        <source>Form of consent</source>
        <translation>Форма согласия</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="317"/>
        <source>e.g. signed power of attorney</source>
        <translation>напр. подписанная доверенность</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="319"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="321"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="324"/>
        <source>&amp;Full name: *</source>
        <translation>&amp;Полное имя: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="325"/>
        <source>Name in &amp;original script:</source>
        <translation>Имя в &amp;оригинальном написании:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="326"/>
        <source>&amp;Pseudonym / initials:</source>
        <translation>Псевдоним / &amp;инициалы:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="327"/>
        <source>Se&amp;x:</source>
        <translation>По&amp;л:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="328"/>
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="329"/>
        <source>&amp;Nationality:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="330"/>
        <source>Date of d&amp;eath:</source>
        <translation>Дата с&amp;мерти:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="333"/>
        <source>Consent and safety</source>
        <translation>Согласие и безопасность</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="336"/>
        <source>Consent to &amp;act:</source>
        <translation>Согласие на пред&amp;ставительство:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="337"/>
        <source>Consent to be na&amp;med:</source>
        <translation>Согласие на у&amp;казание имени:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="338"/>
        <source>Date of cons&amp;ent:</source>
        <translation>Дата согл&amp;асия:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="339"/>
        <source>Form of conse&amp;nt:</source>
        <translation>Форма согласи&amp;я:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="340"/>
        <source>Con&amp;tact:</source>
        <translation>Кон&amp;такты:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="341"/>
        <source>Safet&amp;y notes:</source>
        <translation>Заметки о &amp;безопасности:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="342"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="347"/>
        <source>Role in this case</source>
        <translation>Роль в этом деле</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="351"/>
        <source>&amp;Role in this case:</source>
        <translation>Роль в &amp;этом деле:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="355"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="361"/>
        <source>People with a similar name</source>
        <translation>Люди с похожим именем</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="363"/>
        <source>&amp;Use the selected person instead</source>
        <translation>Использовать &amp;выбранного человека</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="365"/>
        <source>Link the person already recorded instead of creating a second record</source>
        <translation>Связать уже записанного человека вместо создания второй записи</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="376"/>
        <location filename="../../views/case_editor/parties.py" line="450"/>
        <source>&amp;Create and add to case</source>
        <translation>Создать и добавить в &amp;дело</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="376"/>
        <source>&amp;Save person</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="460"/>
        <source>{name}, {score}% similar</source>
        <translation>{name}, сходство {score}%</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="463"/>
        <source>in {cases}</source>
        <translation>в делах: {cases}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="465"/>
        <source>in no case</source>
        <translation>ни в одном деле</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="467"/>
        <source>already a party to this case</source>
        <translation>уже участвует в этом деле</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/parties.py" line="475"/>
        <source>%n person</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/parties.py" line="475"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="478"/>
        <source>{people} already recorded with a similar name (other spellings and scripts count). If it is the same person, use that record: two records of one victim split their history.</source>
        <translation>С похожим именем уже записано: {people} (учитываются другие написания и алфавиты). Если это тот же человек, используйте эту запись: две записи об одной жертве разделяют её историю.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="486"/>
        <source>&amp;Create a new person anyway</source>
        <translation>Всё равно создать &amp;нового человека</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="520"/>
        <source>{name} was recorded among the people, but could not be added to this case: {reason} Use “Add existing person…”.</source>
        <translation>{name}: запись добавлена в список людей, но не добавлена в это дело: {reason} Используйте «Добавить существующего человека…».</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/parties.py" line="535"/>
        <source>{reason} What you typed is still here: close this dialog with Cancel only after copying anything you need.</source>
        <translation>{reason} Введённый вами текст остаётся здесь: закрывайте это окно кнопкой «Отмена» только после того, как скопируете всё нужное.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../views/person_editor.py" line="64"/>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="65"/>
        <source>Yes — has authorised us to act</source>
        <translation>Да — уполномочил(а) нас действовать</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="66"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="116"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="117"/>
        <source>As in the passport, in any script</source>
        <translation>Как в паспорте, любым алфавитом</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="121"/>
        <source>Name in original script</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="122"/>
        <source>e.g. Алия Нурпеисова</source>
        <translation>например, Алия Нурпеисова</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="124"/>
        <source>The name as the person writes it, when it differs from the full name above</source>
        <translation>Имя так, как его пишет сам человек, если оно отличается от полного имени выше</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="129"/>
        <source>Pseudonym or initials</source>
        <translation>Псевдоним или инициалы</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="130"/>
        <source>e.g. A.N. (empty: the initials of the full name)</source>
        <translation>например, А.Н. (если пусто — инициалы полного имени)</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="131"/>
        <source>What documents print when the person has not consented to be named</source>
        <translation>Что печатается в документах, если человек не дал согласия на указание имени</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="133"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="134"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="137"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="138"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="139"/>
        <source>Type part of the country&apos;s name</source>
        <translation>Введите часть названия страны</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="141"/>
        <source>Date of death</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="145"/>
        <source>Consent to act</source>
        <translation>Согласие на представительство</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="153"/>
        <source>Consent to be named</source>
        <translation>Согласие на указание имени</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="154"/>
        <source>May be &amp;named in documents</source>
        <translation>Можно &amp;указывать имя в документах</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="155"/>
        <source>Without it, documents use the pseudonym or initials</source>
        <translation>Без этого в документах используется псевдоним или инициалы</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="157"/>
        <source>Date of consent</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="160"/>
        <source>Form of consent</source>
        <translation>Форма согласия</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="161"/>
        <source>e.g. signed power of attorney</source>
        <translation>например, подписанная доверенность</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="165"/>
        <source>Name documents will show</source>
        <translation>Имя, которое будет в документах</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="169"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="171"/>
        <source>Phone, e-mail, address, messenger</source>
        <translation>Телефон, эл. почта, адрес, мессенджер</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="175"/>
        <source>Safety notes</source>
        <translation>Заметки о безопасности</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="177"/>
        <source>Risks, how to reach the person safely, who must not be told</source>
        <translation>Риски, как безопасно связаться с человеком, кому нельзя сообщать</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="179"/>
        <location filename="../../views/person_editor.py" line="220"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="181"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="194"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="200"/>
        <source>Documents show:</source>
        <translation>В документах:</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="202"/>
        <source>Contact and safety</source>
        <translation>Контакты и безопасность</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="205"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="206"/>
        <source>Sa&amp;fety notes:</source>
        <translation>Заметки о &amp;безопасности:</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="215"/>
        <source>Contact details and safety notes never appear in generated documents.</source>
        <translation>Контактные данные и заметки о безопасности никогда не попадают в создаваемые документы.</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="225"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="228"/>
        <source>The person&apos;s cases</source>
        <translation>Дела этого человека</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="239"/>
        <location filename="../../views/person_editor.py" line="309"/>
        <source>Not a party to any case yet.</source>
        <translation>Пока не является стороной ни одного дела.</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="294"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="311"/>
        <source>Save the person first; then add them to a case from the case editor.</source>
        <translation>Сначала сохраните данные человека, затем добавьте его к делу в редакторе дела.</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="324"/>
        <source>(the full name)</source>
        <translation>(полное имя)</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="325"/>
        <source>the full name, with consent</source>
        <translation>полное имя, с согласия</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="329"/>
        <source>the pseudonym</source>
        <translation>псевдоним</translation>
    </message>
    <message>
        <location filename="../../views/person_editor.py" line="331"/>
        <source>the initials</source>
        <translation>инициалы</translation>
    </message>
</context>
<context>
    <name>ProceedingsTab</name>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="49"/>
        <source>Final</source>
        <translation>Окончательное</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="111"/>
        <source>No final domestic decision is recorded. Mark the last proceeding “final” (with its decision date): the filing limit runs from it.</source>
        <translation>Окончательное внутреннее решение не записано. Отметьте последнее разбирательство как «окончательное» (с датой решения): от неё отсчитывается срок подачи.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="117"/>
        <source>Final domestic decision: {date}.</source>
        <translation>Окончательное внутреннее решение: {date}.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="121"/>
        <source>This body sets no time limit for filing after it.</source>
        <translation>Этот орган не устанавливает срока подачи после него.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="126"/>
        <source>The {body} sets no time limit for filing after it.</source>
        <translation>{body} не устанавливает срока подачи после него.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="130"/>
        <source>The {body} ({code}) accepts communications within {period} of it.</source>
        <translation>{body} ({code}) принимает сообщения в течение {period} после него.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="141"/>
        <source>Filing limit {date}: met (the communication was submitted).</source>
        <translation>Срок подачи {date}: соблюдён (сообщение подано).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="150"/>
        <source>Filing limit: {date} ({when}).</source>
        <translation>Срок подачи: {date} ({when}).</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="164"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="168"/>
        <source>Authority or court</source>
        <translation>Орган или суд</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="169"/>
        <source>e.g. District court, Almaty region</source>
        <translation>напр. районный суд, Алматинская область</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="171"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="172"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="173"/>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="176"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="178"/>
        <source>e.g. six officers sentenced to 3 years</source>
        <translation>напр. шесть сотрудников приговорены к 3 годам</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="182"/>
        <source>Final domestic decision</source>
        <translation>Окончательное внутреннее решение</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="183"/>
        <source>This is the final domestic decision (domestic remedies exhausted)</source>
        <translation>Это окончательное внутреннее решение (внутренние средства защиты исчерпаны)</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="184"/>
        <source>Its decision date becomes the case&apos;s final domestic decision date</source>
        <translation>Дата этого решения становится датой окончательного внутреннего решения по делу</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="189"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="190"/>
        <source>&amp;Authority or court: *</source>
        <translation>&amp;Орган или суд: *</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="191"/>
        <source>Case &amp;number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="192"/>
        <source>&amp;Started:</source>
        <translation>&amp;Начато:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="193"/>
        <source>D&amp;ecided:</source>
        <translation>&amp;Решено:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="194"/>
        <source>&amp;Final:</source>
        <translation>&amp;Окончательное:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="195"/>
        <source>Ou&amp;tcome:</source>
        <translation>И&amp;тог:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="207"/>
        <source>proceeding</source>
        <comment>the kind of record in the list: No {noun} recorded yet, &amp;New {noun}</comment>
        <translation>разбирательство</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/proceedings.py" line="267"/>
        <source>The proceeding no longer exists (it may have been deleted).</source>
        <translation>Этого разбирательства больше нет (возможно, оно было удалено).</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="53"/>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="77"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="79"/>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="80"/>
        <source>Forget the changes and show the record as saved</source>
        <translation>Отбросить изменения и показать запись в сохранённом виде</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="82"/>
        <location filename="../../views/dialogs/record_editor.py" line="95"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="83"/>
        <source>Close this window (Ctrl+W)</source>
        <translation>Закрыть это окно (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="92"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="178"/>
        <source>Saved {label}.</source>
        <translation>Сохранено: {label}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="200"/>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="211"/>
        <source>This {what} was deleted elsewhere while you were editing it. Nothing was saved; what you typed is still here, so you can copy what you need.</source>
        <translation>Этот объект ({what}) был удалён в другом месте, пока вы его редактировали. Ничего не сохранено; введённый вами текст остался здесь, и вы можете скопировать то, что нужно.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="234"/>
        <source>Reloaded as saved elsewhere, with your changes put back: check them and save.</source>
        <translation>Загружена версия, сохранённая в другом месте, и ваши изменения возвращены: проверьте их и сохраните.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="237"/>
        <source>Changed on both sides (your value kept): {fields}.</source>
        <translation>Изменено с обеих сторон (сохранено ваше значение): {fields}.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="289"/>
        <source>the new {what}</source>
        <translation>новая запись ({what})</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/record_editor.py" line="297"/>
        <source>New {what}</source>
        <translation>Новая запись ({what})</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message numerus="yes">
        <location filename="../../views/case_editor/base.py" line="377"/>
        <source>No {noun} recorded yet.</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>
            <numerusform>Записей ({noun}) пока нет.</numerusform>
            <numerusform>Записей ({noun}) пока нет.</numerusform>
            <numerusform>Записей ({noun}) пока нет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="384"/>
        <source>&amp;New {noun}</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>&amp;Создать: {noun}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="388"/>
        <source>Add a {noun}</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>Добавить запись: {noun}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="393"/>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/base.py" line="396"/>
        <source>Delete the selected {noun}</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>
            <numerusform>Удалить выбранную запись ({noun})</numerusform>
            <numerusform>Удалить выбранную запись ({noun})</numerusform>
            <numerusform>Удалить выбранную запись ({noun})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="403"/>
        <source>Save {noun}</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>Сохранить: {noun}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/base.py" line="407"/>
        <source>Write this {noun} now (Ctrl+S saves everything)</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>
            <numerusform>Сохранить эту запись ({noun}) сейчас (Ctrl+S сохраняет всё)</numerusform>
            <numerusform>Сохранить эту запись ({noun}) сейчас (Ctrl+S сохраняет всё)</numerusform>
            <numerusform>Сохранить эту запись ({noun}) сейчас (Ctrl+S сохраняет всё)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="412"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/base.py" line="415"/>
        <source>Show this {noun} as saved</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>
            <numerusform>Показать эту запись ({noun}) в сохранённом виде</numerusform>
            <numerusform>Показать эту запись ({noun}) в сохранённом виде</numerusform>
            <numerusform>Показать эту запись ({noun}) в сохранённом виде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/base.py" line="486"/>
        <source>A {noun} you were editing was deleted elsewhere; what you typed is kept as a new {noun}: save it or discard it.</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>
            <numerusform>Запись ({noun}), которую вы редактировали, удалена в другом месте; введённое вами оставлено как новая запись ({noun}): сохраните её или отмените изменения.</numerusform>
            <numerusform>Запись ({noun}), которую вы редактировали, удалена в другом месте; введённое вами оставлено как новая запись ({noun}): сохраните её или отмените изменения.</numerusform>
            <numerusform>Запись ({noun}), которую вы редактировали, удалена в другом месте; введённое вами оставлено как новая запись ({noun}): сохраните её или отмените изменения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="519"/>
        <location filename="../../views/case_editor/base.py" line="546"/>
        <source>New {noun}</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>Новая запись: {noun}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="629"/>
        <location filename="../../views/case_editor/base.py" line="636"/>
        <source>Delete {noun}</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>Удалить: {noun}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/base.py" line="632"/>
        <source>Delete the {noun} “{record}”? This cannot be undone.</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>
            <numerusform>Удалить запись ({noun}) «{record}»? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить запись ({noun}) «{record}»? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить запись ({noun}) «{record}»? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/case_editor/base.py" line="710"/>
        <source>No {noun} selected</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>Запись ({noun}) не выбрана</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/case_editor/base.py" line="753"/>
        <source>This {noun} was deleted elsewhere. What you typed is still here: choose “New {noun}” and type it again, or discard it.</source>
        <comment>noun: the kind of record, e.g. proceeding, remedy, party</comment>
        <translation>
            <numerusform>Эта запись ({noun}) удалена в другом месте. Введённое вами по-прежнему здесь: выберите «Создать: {noun}» и введите данные снова или отмените изменения.</numerusform>
            <numerusform>Эта запись ({noun}) удалена в другом месте. Введённое вами по-прежнему здесь: выберите «Создать: {noun}» и введите данные снова или отмените изменения.</numerusform>
            <numerusform>Эта запись ({noun}) удалена в другом месте. Введённое вами по-прежнему здесь: выберите «Создать: {noun}» и введите данные снова или отмените изменения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../views/qtmodels/records.py" line="33"/>
        <source>May be named in documents.</source>
        <translation>Можно называть в документах.</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="34"/>
        <source>Not to be named: documents show “{name}”.</source>
        <translation>Имя не указывать: в документах указывается «{name}».</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="161"/>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="243"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="244"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="245"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="246"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="247"/>
        <source>Proceeding</source>
        <translation>Разбирательство</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="248"/>
        <source>Remedy</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="249"/>
        <source>Implementation</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="250"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="251"/>
        <source>Follow-up grade</source>
        <translation>Оценка последующих мер</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="252"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="253"/>
        <source>Review</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="254"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="255"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="256"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="257"/>
        <location filename="../../views/qtmodels/records.py" line="258"/>
        <source>Shadow report</source>
        <translation>Альтернативный доклад</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="259"/>
        <source>Committee rules</source>
        <translation>Правила Комитета</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="260"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/records.py" line="276"/>
        <source>today {time}</source>
        <translation>сегодня {time}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../views/dialogs/backup.py" line="102"/>
        <location filename="../../views/dialogs/backup.py" line="177"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="109"/>
        <source>&lt;p&gt;Restoring &lt;b&gt;replaces the database and its documents&lt;/b&gt; with the backup&apos;s. The database as it is now is first kept as a backup of its own, so a restore can be undone by restoring that one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Восстановление &lt;b&gt;заменяет базу данных и её документы&lt;/b&gt; содержимым резервной копии. Текущее состояние базы данных сначала сохраняется как отдельная резервная копия, поэтому восстановление можно отменить, восстановив её.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="121"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="131"/>
        <source>No backup of this database in {folder}.</source>
        <translation>В {folder} нет резервных копий этой базы данных.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="134"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Восстановить выбранную резервную копию…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="137"/>
        <source>Choose another &amp;file…</source>
        <translation>Выбрать другой &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="159"/>
        <source>the backup taken {date} at {time}</source>
        <translation>резервную копию от {date}, {time}</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="167"/>
        <source>Restore from a backup file</source>
        <translation>Восстановление из файла резервной копии</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="169"/>
        <source>TreatyDesk backups</source>
        <translation>Резервные копии TreatyDesk</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="179"/>
        <source>Replace the database and its documents with {label}?</source>
        <translation>Заменить базу данных и её документы на {label}?</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="183"/>
        <source>Everything recorded since that backup will no longer be in the database. The database as it is now is kept as a backup first.</source>
        <translation>Всё, что было записано после создания этой резервной копии, исчезнет из базы данных. Текущее состояние базы данных сначала будет сохранено как резервная копия.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/backup.py" line="188"/>
        <source>Replace with the backup</source>
        <translation>Заменить резервной копией</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../views/review_editor.py" line="126"/>
        <source>Articles {articles}</source>
        <translation>Статьи {articles}</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="132"/>
        <source>selected for follow-up</source>
        <translation>отобрана для последующих мер</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="136"/>
        <source>refers to {what}</source>
        <translation>относится к: {what}</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="141"/>
        <source>latest NGO grade: {grade}</source>
        <translation>последняя оценка НПО: {grade}</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="148"/>
        <source>Concern (¶ {paragraph})</source>
        <translation>Проблема (п. {paragraph})</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="152"/>
        <source>Concern</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="156"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="189"/>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="191"/>
        <source>State party</source>
        <translation>Государство-участник</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="191"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="194"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="194"/>
        <source>e.g. Third periodic report</source>
        <translation>напр. третий периодический доклад</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="197"/>
        <source>State report</source>
        <translation>Доклад государства</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="197"/>
        <source>e.g. CCPR/C/KAZ/3</source>
        <translation>напр. CCPR/C/KAZ/3</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="201"/>
        <source>CO symbol</source>
        <translation>Обозначение ЗЗ</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="203"/>
        <source>e.g. CCPR/C/KAZ/CO/3</source>
        <translation>напр. CCPR/C/KAZ/CO/3</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="204"/>
        <source>Symbol of the concluding observations</source>
        <translation>Условное обозначение заключительных замечаний</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="206"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="206"/>
        <source>e.g. 144</source>
        <translation>напр. 144</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="207"/>
        <source>Dialogue from</source>
        <translation>Диалог с</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="208"/>
        <source>Dialogue to</source>
        <translation>Диалог по</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="209"/>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="212"/>
        <source>Follow-up due</source>
        <translation>Срок последующих мер</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="213"/>
        <source>The date by which the State must report on the follow-up recommendations</source>
        <translation>Дата, к которой государство должно представить информацию о выполнении рекомендаций, отобранных для последующих мер</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="217"/>
        <source>Next list of issues</source>
        <translation>Следующий перечень вопросов</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="218"/>
        <source>Year of the next list of issues (LOIPR)</source>
        <translation>Год следующего перечня вопросов (LOIPR)</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="220"/>
        <source>Next dialogue</source>
        <translation>Следующий диалог</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="221"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="234"/>
        <source>The review</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="257"/>
        <location filename="../../views/review_editor.py" line="340"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="269"/>
        <source>Full text of the recommendation</source>
        <translation>Полный текст рекомендации</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="272"/>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="277"/>
        <source>&amp;Add assessment…</source>
        <translation>&amp;Добавить оценку…</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="279"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="281"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="289"/>
        <source>Cases cited by the assessment</source>
        <translation>Дела, на которые ссылается оценка</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="298"/>
        <source>NGO assessments</source>
        <translation>Оценки НПО</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="314"/>
        <source>Export the recommendations of this review</source>
        <translation>Экспортировать рекомендации этого обзора</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="371"/>
        <source>New periodic review</source>
        <translation>Новый периодический обзор</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="416"/>
        <source>Save the review first; then import its recommendations.</source>
        <translation>Сначала сохраните обзор, затем импортируйте его рекомендации.</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="421"/>
        <source>No recommendations yet: import the concluding observations (treatydesk review import).</source>
        <translation>Рекомендаций пока нет: импортируйте заключительные замечания (treatydesk review import).</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="428"/>
        <source>{total} recommendations; {followup} selected for follow-up; {graded} assessed by us.</source>
        <translation>Рекомендаций: {total}; отобрано для последующих мер: {followup}; оценено нами: {graded}.</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="491"/>
        <source>This assessment cites no case.</source>
        <translation>Эта оценка не ссылается ни на одно дело.</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="495"/>
        <source>Cases cited: {links}</source>
        <translation>Дела, на которые ссылается оценка: {links}</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="518"/>
        <source>Not deleted: {reason}</source>
        <translation>Не удалено: {reason}</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="524"/>
        <source>Delete the assessment</source>
        <translation>Удаление оценки</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="525"/>
        <source>Delete the assessment of ¶ {paragraph} dated {date} (grade {grade})?</source>
        <translation>Удалить оценку п. {paragraph} от {date} (оценка {grade})?</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="528"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="550"/>
        <source>Save the review first; then export its recommendations.</source>
        <translation>Сначала сохраните обзор, затем экспортируйте его рекомендации.</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="573"/>
        <source>There is no case with the reference “{reference}”.</source>
        <translation>Дела со ссылкой «{reference}» нет.</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../views/pages/reviews.py" line="36"/>
        <source>Each review of a State&apos;s report by a Committee: its concluding observations and the date by which the State must report on the follow-up recommendations. Enter or a double-click opens a review with its recommendations.</source>
        <translation>Каждый обзор доклада государства Комитетом: заключительные замечания и срок, к которому государство должно сообщить о выполнении рекомендаций, отобранных для последующих мер. Enter или двойной щелчок открывает обзор с его рекомендациями.</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="56"/>
        <source>Periodic reviews</source>
        <translation>Периодические обзоры</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="60"/>
        <source>&amp;New review…</source>
        <translation>&amp;Новый обзор…</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="61"/>
        <source>Record a periodic review of a State</source>
        <translation>Записать периодический обзор государства</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="63"/>
        <source>&amp;Generate…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="65"/>
        <source>Generate a shadow report, or one of its sections, for the selected review</source>
        <translation>Создать альтернативный доклад или один из его разделов для выбранного обзора</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="68"/>
        <source>S&amp;hadow report…</source>
        <translation>&amp;Альтернативный доклад…</translation>
    </message>
    <message>
        <location filename="../../views/pages/reviews.py" line="70"/>
        <source>Compose the NGO&apos;s shadow report on the selected review, section by section</source>
        <translation>Составить альтернативный доклад НПО по выбранному обзору, раздел за разделом</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <location filename="../../views/lock.py" line="24"/>
        <source>TreatyDesk — locked</source>
        <translation>TreatyDesk — заблокировано</translation>
    </message>
    <message>
        <location filename="../../views/lock.py" line="185"/>
        <source>TreatyDesk locked itself after a time without use.</source>
        <translation>Программа TreatyDesk заблокирована после периода бездействия.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../views/dialogs/search.py" line="125"/>
        <source>Search cases and people</source>
        <translation>Поиск дел и лиц</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/search.py" line="129"/>
        <source>Case reference, title, communication number or symbol; a person&apos;s name or pseudonym</source>
        <translation>Ссылка на дело, название, номер сообщения или условное обозначение; имя или псевдоним лица</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/search.py" line="133"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/search.py" line="143"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/search.py" line="151"/>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/search.py" line="225"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Ничего не найдено по запросу «{text}».</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/search.py" line="229"/>
        <source>Up and Down choose, Enter opens, Escape closes. Every word typed must match.</source>
        <translation>Стрелки вверх и вниз — выбор, Enter — открыть, Escape — закрыть. Должно совпасть каждое введённое слово.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/search.py" line="237"/>
        <source>Type a reference (KZ-CCPR-2137), a number (2137/2012), a symbol, a title, or a person&apos;s name or pseudonym, in any script.</source>
        <translation>Введите ссылку (KZ-CCPR-2137), номер (2137/2012), условное обозначение, название или имя либо псевдоним лица, в любой письменности.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../views/qtmodels/search_model.py" line="33"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/search_model.py" line="34"/>
        <source>%n case(s)</source>
        <translation>найдено: %n</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/search_model.py" line="36"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/search_model.py" line="37"/>
        <source>%n person(s)</source>
        <translation>найдено: %n</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/search_model.py" line="39"/>
        <source>{title} — {shown} of {found} or more; type more to narrow</source>
        <translation>{title} — {shown} из {found} или более; уточните запрос</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/search_model.py" line="43"/>
        <source>{title} — {shown} of {found}; type more to narrow</source>
        <translation>{title} — {shown} из {found}; уточните запрос</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/search_model.py" line="51"/>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
</context>
<context>
    <name>SecurityMenu</name>
    <message>
        <location filename="../../views/security_menu.py" line="50"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Защитить парольной фразой…</translation>
    </message>
    <message>
        <location filename="../../views/security_menu.py" line="51"/>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../views/security_menu.py" line="52"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location filename="../../views/security_menu.py" line="55"/>
        <source>Cover every window and forget the passphrase until it is typed again</source>
        <translation>Закрыть все окна и забыть парольную фразу до её повторного ввода</translation>
    </message>
    <message>
        <location filename="../../views/security_menu.py" line="61"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../views/security_menu.py" line="66"/>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <location filename="../../views/security_menu.py" line="89"/>
        <source>The database, its documents and its backups are now encrypted.</source>
        <translation>База данных, её документы и резервные копии теперь зашифрованы.</translation>
    </message>
    <message>
        <location filename="../../views/security_menu.py" line="98"/>
        <source>The passphrase was changed; documents and backups were re-encrypted.</source>
        <translation>Парольная фраза изменена; документы и резервные копии зашифрованы заново.</translation>
    </message>
</context>
<context>
    <name>ShadowBuilder</name>
    <message>
        <location filename="../../views/shadow_builder.py" line="131"/>
        <location filename="../../views/shadow_builder.py" line="198"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="342"/>
        <source>Shadow report</source>
        <translation>Альтернативный доклад</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="345"/>
        <source>&amp;New report…</source>
        <translation>&amp;Новый доклад…</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="346"/>
        <source>Start a new shadow report for this review</source>
        <translation>Начать новый альтернативный доклад для этого обзора</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="352"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="359"/>
        <source>&amp;Add section</source>
        <translation>&amp;Добавить раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="361"/>
        <location filename="../../views/shadow_builder.py" line="726"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="363"/>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="364"/>
        <source>Move the section up (Alt+Up)</source>
        <translation>Переместить раздел вверх (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="366"/>
        <source>Move do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="367"/>
        <source>Move the section down (Alt+Down)</source>
        <translation>Переместить раздел вниз (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="369"/>
        <source>Seed sections from the review</source>
        <translation>Создать разделы по обзору</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="372"/>
        <source>Add one section per recommendation we follow, with the cases that illustrate it</source>
        <translation>Добавить по разделу на каждую отслеживаемую нами рекомендацию с делами, которые её иллюстрируют</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="376"/>
        <source>Move section up</source>
        <translation>Переместить раздел вверх</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="379"/>
        <source>Move section down</source>
        <translation>Переместить раздел вниз</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="382"/>
        <source>Save section</source>
        <translation>Сохранить раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="385"/>
        <location filename="../../views/shadow_builder.py" line="542"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="396"/>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="396"/>
        <source>e.g. Torture</source>
        <translation>напр. Пытки</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="400"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="401"/>
        <source>e.g. 7 or 2, 26</source>
        <translation>напр. 7 или 2, 26</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="402"/>
        <source>Articles of the treaty</source>
        <translation>Статьи договора</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="406"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="407"/>
        <source>e.g. Prohibition of torture (when no article)</source>
        <translation>напр. Запрещение пыток (если нет статьи)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="411"/>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="413"/>
        <source>What happened, with dates and sources</source>
        <translation>Что произошло, с датами и источниками</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="416"/>
        <source>What the State did</source>
        <translation>Что сделало государство</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="416"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="419"/>
        <source>Recommendations quoted</source>
        <translation>Цитируемые рекомендации</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="422"/>
        <location filename="../../views/shadow_builder.py" line="474"/>
        <source>Cases cited</source>
        <translation>Приводимые дела</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="424"/>
        <source>Our recommendations</source>
        <translation>Наши рекомендации</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="426"/>
        <source>Words in this section</source>
        <translation>Слов в этом разделе</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="429"/>
        <source>Recommendation to quote</source>
        <translation>Рекомендация для цитирования</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="431"/>
        <source>Quote</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="433"/>
        <location filename="../../views/shadow_builder.py" line="442"/>
        <location filename="../../views/shadow_builder.py" line="448"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="436"/>
        <source>Quotation preview</source>
        <translation>Предпросмотр цитаты</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="438"/>
        <source>Case to cite</source>
        <translation>Дело для ссылки</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="440"/>
        <source>Cite</source>
        <translation>Сослаться</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="445"/>
        <source>Summary of the cases cited</source>
        <translation>Краткое изложение приводимых дел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="446"/>
        <source>Add recommendation</source>
        <translation>Добавить рекомендацию</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="464"/>
        <source>Recommendations of the review, quoted</source>
        <translation>Рекомендации обзора (цитаты)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="484"/>
        <source>Our recommendations (numbered)</source>
        <translation>Наши рекомендации (с нумерацией)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="506"/>
        <source>&lt;b&gt;Sections&lt;/b&gt; (drag to reorder)</source>
        <translation>&lt;b&gt;Разделы&lt;/b&gt; (перетащите, чтобы изменить порядок)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="527"/>
        <source>Words in the report</source>
        <translation>Слов в докладе</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="532"/>
        <source>Generate section</source>
        <translation>Сформировать раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="534"/>
        <source>&amp;Generate whole report</source>
        <translation>&amp;Сформировать весь доклад</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="536"/>
        <source>&amp;Save section</source>
        <translation>Со&amp;хранить раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="537"/>
        <source>Save this section (Ctrl+S)</source>
        <translation>Сохранить этот раздел (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="539"/>
        <source>&amp;Revert</source>
        <translation>О&amp;тменить изменения</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="540"/>
        <source>Forget the changes and show the section as saved</source>
        <translation>Забыть изменения и показать раздел в сохранённом виде</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="548"/>
        <source>&amp;Report:</source>
        <translation>Док&amp;лад:</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="586"/>
        <source>Shadow report — {symbol} — {state}</source>
        <translation>Альтернативный доклад — {symbol} — {state}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="591"/>
        <source>Shadow report — {symbol}</source>
        <translation>Альтернативный доклад — {symbol}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="597"/>
        <source>para. {paragraph} — {theme}</source>
        <translation>п. {paragraph} — {theme}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="674"/>
        <source>Created the report “{title}”.</source>
        <translation>Создан доклад «{title}».</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="685"/>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="706"/>
        <source>This section was changed elsewhere: it was not deleted. Look at it again.</source>
        <translation>Этот раздел был изменён в другом месте, поэтому он не удалён. Просмотрите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="717"/>
        <source>Deleted the section “{heading}”.</source>
        <translation>Раздел «{heading}» удалён.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="722"/>
        <source>Delete section</source>
        <translation>Удалить раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="723"/>
        <source>Delete the section “{heading}” and everything written in it?</source>
        <translation>Удалить раздел «{heading}» и всё, что в нём написано?</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="759"/>
        <source>Added 1 section from the review: write the facts and our recommendations in each.</source>
        <translation>Из обзора добавлен 1 раздел: впишите в каждый факты и наши рекомендации.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="763"/>
        <source>Added {n} sections from the review: write the facts and our recommendations in each.</source>
        <translation>Из обзора добавлено разделов: {n}. Впишите в каждый факты и наши рекомендации.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="813"/>
        <source>The sections of this report were changed elsewhere: they are shown as saved now. Move the section again if you still want to.</source>
        <translation>Разделы этого доклада были изменены в другом месте: сейчас они показаны в сохранённом виде. Переместите раздел ещё раз, если это по-прежнему нужно.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="866"/>
        <location filename="../../views/shadow_builder.py" line="910"/>
        <source>This section was deleted elsewhere while you were editing it. Nothing was saved; what you typed is still here, so you can copy what you need.</source>
        <translation>Этот раздел был удалён в другом месте, пока вы его редактировали. Ничего не сохранено; введённый вами текст остаётся здесь, и вы можете скопировать нужное.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="881"/>
        <source>Saved the section “{heading}”.</source>
        <translation>Раздел «{heading}» сохранён.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="900"/>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="918"/>
        <source>section</source>
        <translation>раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="932"/>
        <source>Reloaded as saved elsewhere, with your changes put back: check them and save.</source>
        <translation>Загружена версия, сохранённая в другом месте, с возвращёнными вашими изменениями: проверьте их и сохраните.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="935"/>
        <source>Changed on both sides (your value kept): {fields}.</source>
        <translation>Изменено с обеих сторон (оставлено ваше значение): {fields}.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="963"/>
        <source>Recommendation #{id} (not of this review)</source>
        <translation>Рекомендация № {id} (не из этого обзора)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="964"/>
        <source>{symbol}, para. {paragraph} — {theme}</source>
        <translation>{symbol}, п. {paragraph} — {theme}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="969"/>
        <location filename="../../views/shadow_builder.py" line="994"/>
        <source>Case #{id}</source>
        <translation>Дело № {id}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="981"/>
        <source>{symbol}, para. {paragraph}: “{text}”</source>
        <translation>{symbol}, п. {paragraph}: «{text}»</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="995"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1036"/>
        <source>word limit {limit}</source>
        <translation>лимит слов: {limit}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1040"/>
        <source>no word limit</source>
        <translation>без лимита слов</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1041"/>
        <source>language {code}</source>
        <translation>язык: {code}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1043"/>
        <source>1 section</source>
        <translation>1 раздел</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1043"/>
        <source>{n} sections</source>
        <translation>Разделов: {n}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1049"/>
        <source>No shadow report for this review yet: “New report…” starts one.</source>
        <translation>Для этого обзора ещё нет альтернативного доклада: начните его кнопкой «Новый доклад…».</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1055"/>
        <source>No recommendation quoted.</source>
        <translation>Рекомендации не цитируются.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1060"/>
        <source>No summary in the record.</source>
        <translation>В записи нет краткого изложения.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1068"/>
        <source>No case cited.</source>
        <translation>Дела не приводятся.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1121"/>
        <source>This section: {total} words ({own} written, {quoted} quoted, {cases} on the cases).</source>
        <translation>Этот раздел: слов — {total} (написано {own}, цитат {quoted}, о делах {cases}).</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1139"/>
        <source>Report: {count} Shorten it before submitting.</source>
        <translation>Доклад: {count} Сократите его перед подачей.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1143"/>
        <source>Report: {count}</source>
        <translation>Доклад: {count}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1167"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1194"/>
        <source>Generated “{title}”: it is in the documents folder and in the review&apos;s documents.</source>
        <translation>Сформирован документ «{title}»: он находится в папке документов и в документах обзора.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1203"/>
        <source>Not generated: {message}</source>
        <translation>Не сформировано: {message}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1210"/>
        <source>The document could not be generated because of a fault in TreatyDesk (it is in the log). Nothing was saved; your sections are safe.</source>
        <translation>Документ не удалось сформировать из-за сбоя в TreatyDesk (сведения в журнале). Ничего не сохранено; ваши разделы в сохранности.</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1220"/>
        <source>Art. {article}</source>
        <translation>Ст. {article}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1224"/>
        <source>{n} words</source>
        <translation>Слов: {n}</translation>
    </message>
    <message>
        <location filename="../../views/shadow_builder.py" line="1231"/>
        <source>A document is being generated: wait for it to finish before closing.</source>
        <translation>Идёт формирование документа: дождитесь его завершения, прежде чем закрывать.</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../views/qtmodels/table_model.py" line="53"/>
        <source>Not recorded</source>
        <extracomment>The context of column titles and header tips (see `Column.context`).</extracomment>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/table_model.py" line="55"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../views/qtmodels/table_model.py" line="56"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../views/case_editor/fields.py" line="194"/>
        <source>e.g. Torture, January 2022 events</source>
        <translation>напр. Пытки, события января 2022 года</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesBox</name>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="214"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="216"/>
        <source>Save your changes to {case} before closing?</source>
        <translation>Сохранить изменения в {case} перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="219"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="221"/>
        <source>Not saved yet:</source>
        <translation>Ещё не сохранено:</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="223"/>
        <source>If you discard them, what you typed is lost.</source>
        <translation>Если отказаться от них, введённый текст будет потерян.</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="225"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="227"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Отказаться от изменений</translation>
    </message>
    <message>
        <location filename="../../views/case_editor/dialogs.py" line="230"/>
        <source>&amp;Cancel (keep editing)</source>
        <translation>Отм&amp;ена (продолжить правку)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../views/pages/dashboard.py" line="90"/>
        <source>Open the demo portfolio</source>
        <translation>Открыть демонстрационный портфель</translation>
    </message>
    <message>
        <location filename="../../views/pages/dashboard.py" line="99"/>
        <source>Welcome to TreatyDesk</source>
        <translation>Добро пожаловать в TreatyDesk</translation>
    </message>
</context>
<context>
    <name>YearBinding</name>
    <message>
        <location filename="../../views/review_editor.py" line="87"/>
        <source>yyyy</source>
        <translation>гггг</translation>
    </message>
    <message>
        <location filename="../../views/review_editor.py" line="97"/>
        <source>{label}: “{text}” is not a year (four digits, e.g. 2031).</source>
        <translation>{label}: «{text}» — это не год (нужны четыре цифры, напр. 2031).</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <location filename="../../views/i18n.py" line="231"/>
        <source>%n day(s)</source>
        <extracomment>The day-month-year order lawyers write in both languages (&quot;22 November 2026&quot;, &quot;22 ноября 2026&quot;); QLocale supplies the month names (genitive in Russian). QSettings key of the chosen language, and its values besides a language code. The language the source strings are written in (no translation file needed). Overrides the stored choice for one run: TREATYDESK_LANG=ru treatydesk --demo treatydesk_&lt;lang&gt;.qm / .ts in resources/translations. Languages named in themselves (QLocale would say &quot;American English&quot;).</extracomment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/i18n.py" line="234"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/i18n.py" line="237"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <location filename="../../views/lock.py" line="122"/>
        <source>TreatyDesk is locked.</source>
        <translation>TreatyDesk заблокирован.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../views/vocab_strings.py" line="12"/>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="13"/>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="14"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="15"/>
        <source>Admissibility</source>
        <translation>Приемлемость</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="16"/>
        <source>Merits</source>
        <translation>Существо дела</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="17"/>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="18"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="19"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="21"/>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="22"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="23"/>
        <source>No violation</source>
        <translation>Нарушения нет</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="24"/>
        <source>Inadmissible</source>
        <translation>Неприемлемо</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="25"/>
        <source>Discontinued</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="27"/>
        <source>Views</source>
        <translation>Соображения</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="28"/>
        <source>Decision on admissibility</source>
        <translation>Решение о приемлемости</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="29"/>
        <source>Decision of inadmissibility</source>
        <translation>Решение о неприемлемости</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="30"/>
        <source>Discontinuance</source>
        <translation>Прекращение рассмотрения</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="32"/>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="33"/>
        <source>Effective investigation</source>
        <translation>Эффективное расследование</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="34"/>
        <source>Prosecution of perpetrators</source>
        <translation>Уголовное преследование виновных</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="35"/>
        <source>Review of conviction / retrial</source>
        <translation>Пересмотр приговора / новое разбирательство</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="36"/>
        <source>Reimbursement of fines or costs</source>
        <translation>Возмещение штрафов или издержек</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="37"/>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="38"/>
        <source>Rehabilitation</source>
        <translation>Реабилитация</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="39"/>
        <source>Restitution</source>
        <translation>Реституция</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="40"/>
        <source>Non-repetition</source>
        <translation>Гарантии неповторения</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="41"/>
        <source>Legislative change</source>
        <translation>Изменение законодательства</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="42"/>
        <source>Publication and translation</source>
        <translation>Опубликование и перевод</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="43"/>
        <source>Protection from threats or reprisals</source>
        <translation>Защита от угроз или репрессий</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="44"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="46"/>
        <source>Individual</source>
        <translation>Индивидуальная</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="47"/>
        <source>General</source>
        <translation>Общая</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="49"/>
        <source>Not implemented</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="50"/>
        <source>Partially implemented</source>
        <translation>Выполнено частично</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="51"/>
        <source>Fully implemented</source>
        <translation>Выполнено полностью</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="52"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="54"/>
        <source>A — largely satisfactory</source>
        <translation>A — в основном удовлетворительно</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="55"/>
        <source>B — partially satisfactory</source>
        <translation>B — частично удовлетворительно</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="56"/>
        <source>C — not satisfactory</source>
        <translation>C — неудовлетворительно</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="57"/>
        <source>D — no cooperation</source>
        <translation>D — отсутствие сотрудничества</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="58"/>
        <source>E — measures contrary to the recommendation</source>
        <translation>E — меры, противоречащие рекомендации</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="60"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="61"/>
        <source>Victim</source>
        <translation>Жертва</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="62"/>
        <source>Author and victim</source>
        <translation>Автор и жертва</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="63"/>
        <source>Representative</source>
        <translation>Доверенное лицо</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="64"/>
        <source>Counsel</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="65"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="66"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="67"/>
        <source>Perpetrator</source>
        <translation>Виновное лицо</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="69"/>
        <source>State party&apos;s reply</source>
        <translation>Ответ государства-участника</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="70"/>
        <source>Author&apos;s comments</source>
        <translation>Комментарии автора</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="71"/>
        <source>NGO submission</source>
        <translation>Представление НПО</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="72"/>
        <source>Committee follow-up assessment</source>
        <translation>Оценка последующих мер Комитетом</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="73"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="74"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="75"/>
        <source>Closure</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="77"/>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="78"/>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="80"/>
        <source>Criminal investigation</source>
        <translation>Уголовное расследование</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="81"/>
        <source>Trial</source>
        <translation>Суд первой инстанции</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="82"/>
        <source>Appeal</source>
        <translation>Апелляция</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="83"/>
        <source>Cassation</source>
        <translation>Кассация</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="84"/>
        <source>Supervisory review</source>
        <translation>Надзорное производство</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="85"/>
        <source>Constitutional</source>
        <translation>Конституционное</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="86"/>
        <source>Civil claim</source>
        <translation>Гражданский иск</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="87"/>
        <source>Prosecutor complaint</source>
        <translation>Жалоба прокурору</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="88"/>
        <source>Administrative</source>
        <translation>Административное</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="90"/>
        <source>Filing limit</source>
        <translation>Срок подачи</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="91"/>
        <source>State party&apos;s observations due</source>
        <translation>Срок замечаний государства-участника</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="92"/>
        <source>State party&apos;s follow-up reply due</source>
        <translation>Срок ответа государства-участника о последующих мерах</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="93"/>
        <source>Follow-up to concluding observations due</source>
        <translation>Срок последующих мер по заключительным замечаниям</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="94"/>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="96"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="97"/>
        <source>Due within 30 days</source>
        <translation>Срок истекает в течение 30 дней</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="98"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="99"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="101"/>
        <source>Public</source>
        <translation>Открытое</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="102"/>
        <source>Confidential</source>
        <translation>Конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="103"/>
        <source>Strictly confidential</source>
        <translation>Строго конфиденциальное</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="105"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="106"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="108"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="109"/>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="110"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="112"/>
        <source>Invoked</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="113"/>
        <source>Violated</source>
        <translation>Нарушено</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="115"/>
        <source>Create</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="116"/>
        <source>Update</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="117"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../views/vocab_strings.py" line="118"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
</context>
</TS>
