#pragma once

#include <QDialog>
#include <QTimer>
#include <functional>

class QLabel;
class QPushButton;

// A countdown before something the user cannot take back (suspending or powering off the
// computer, quitting): it says what happens in how many seconds, Cancel stops it, Now does
// it at once. Accepted when the time runs out or on Now, rejected on Cancel.
class CountdownDialog : public QDialog
{
    Q_OBJECT
public:
    // `text(seconds)`: the sentence for the seconds left, with its plural forms.
    using Text = std::function<QString(int secondsLeft)>;
    CountdownDialog(Text text, int seconds, QWidget *parent = nullptr);

    int secondsLeft() const { return m_left; }
    QString text() const;
    QPushButton *nowButton() const { return m_now; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void retranslate();

    Text m_text;
    int m_left;
    QTimer m_timer;
    QLabel *m_label;
    QPushButton *m_now;
    QPushButton *m_cancel;
};
