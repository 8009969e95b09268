#include "core/store/storetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

StoreTransaction::StoreTransaction(QSqlDatabase db, Lock lock)
    : m_db(std::move(db))
{
    if (!m_db.isOpen())
        return;
    if (lock == Lock::Deferred) {
        m_begun = m_db.transaction();
        return;
    }
    QSqlQuery begin(m_db);
    m_begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

StoreTransaction::~StoreTransaction()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

bool StoreTransaction::commit()
{
    if (!m_begun || m_done)
        return false;
    m_done = true;
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

QString StoreTransaction::error() const
{
    return m_db.isOpen() ? m_db.lastError().text() : QStringLiteral("store not open");
}
